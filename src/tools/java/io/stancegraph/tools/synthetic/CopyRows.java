package io.stancegraph.tools.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Rows in PostgreSQL's COPY text format: tab between columns, newline after each row, {@code \N} for null, and
 * backslash, tab, newline and carriage return escaped inside values.
 */
final class CopyRows {

    private static final int REPORT_EVERY = 10_000;

    private final Writer out;
    private final LongConsumer rowsWritten;
    private boolean firstColumn = true;
    private long rows;

    CopyRows(Writer out, LongConsumer rowsWritten) {
        this.out = out;
        this.rowsWritten = rowsWritten;
    }

    CopyRows add(long value) throws IOException {
        separate();
        out.write(Long.toString(value));
        return this;
    }

    CopyRows add(Long value) throws IOException {
        return value == null ? addNull() : add(value.longValue());
    }

    CopyRows add(double value) throws IOException {
        separate();
        out.write(Double.toString(value));
        return this;
    }

    CopyRows add(LocalDate value) throws IOException {
        return value == null ? addNull() : add(value.toString());
    }

    CopyRows add(Enum<?> value) throws IOException {
        return value == null ? addNull() : add(value.name());
    }

    CopyRows add(String value) throws IOException {
        if (value == null) {
            return addNull();
        }
        separate();
        int clean = 0;
        for (int i = 0; i < value.length(); i++) {
            String escape = switch (value.charAt(i)) {
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                default -> null;
            };
            if (escape != null) {
                out.write(value, clean, i - clean);
                out.write(escape);
                clean = i + 1;
            }
        }
        out.write(value, clean, value.length() - clean);
        return this;
    }

    /** A text[] value: an array literal with every element quoted. */
    CopyRows add(List<String> values) throws IOException {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return add(literal.append('}').toString());
    }

    CopyRows addNull() throws IOException {
        separate();
        out.write("\\N");
        return this;
    }

    void endRow() throws IOException {
        out.write('\n');
        firstColumn = true;
        if (++rows % REPORT_EVERY == 0) {
            rowsWritten.accept(rows);
        }
    }

    long rows() {
        return rows;
    }

    private void separate() throws IOException {
        if (!firstColumn) {
            out.write('\t');
        }
        firstColumn = false;
    }
}
