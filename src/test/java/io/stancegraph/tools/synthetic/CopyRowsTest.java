package io.stancegraph.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.stancegraph.statement.StatementKind;

/** COPY's text format, where a body's blank lines and a stray backslash must not end a row or a column early. */
class CopyRowsTest {

    @Test
    void escapesWhatWouldBreakARowAndWritesNullsDatesEnumsAndArrays() throws IOException {
        StringWriter out = new StringWriter();
        List<Long> reported = new ArrayList<>();
        CopyRows rows = new CopyRows(out, reported::add);

        rows.add(7).add("First paragraph.\n\nSecond\tparagraph \\ with “quotes”.").add((String) null)
                .add(LocalDate.of(2025, 3, 6)).add(StatementKind.DIRECT).add(0.85)
                .add(List.of("security guarantee", "say \"no\"")).endRow();

        assertThat(out.toString()).isEqualTo("7\tFirst paragraph.\\n\\nSecond\\tparagraph \\\\ with “quotes”.\t\\N\t"
                + "2025-03-06\tDIRECT\t0.85\t{\"security guarantee\",\"say \\\\\"no\\\\\"\"}\n");
        assertThat(rows.rows()).isEqualTo(1);
        assertThat(reported).isEmpty();
    }
}
