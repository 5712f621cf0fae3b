package io.stancegraph.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * Holds the stance assessor's agreement with the editors' positions of the sample corpus at floors just below what
 * it reaches (see docs/benchmarks.md, "Stance assessment").
 */
class StanceAgreementTest {

    private static final Path SAMPLE = Path.of("src/main/resources/sample/sample-corpus.jsonl");

    @Test
    void agreementWithCuratedPositionsMeetsTheFloors() throws Exception {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = StanceAgreementCommand.run(new String[] { "--corpus", SAMPLE.toString(), "--verbose",
                "--min-evidence", "0.78", "--min-end-to-end", "0.40" }, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report).isZero();
        assertThat(report).contains("of 39 positions agree").contains("of 37 curated (actor, topic) pairs agree");
    }

    @Test
    void everyCuratedPositionWithEvidenceIsCompared() throws Exception {
        StanceAgreementCommand.Agreement agreement = StanceAgreementCommand.measure(
                Files.readAllLines(SAMPLE, StandardCharsets.UTF_8), null);
        assertThat(agreement.evidenceCompared()).isEqualTo(39);
        assertThat(agreement.endToEndAssessed()).isLessThanOrEqualTo(agreement.endToEndCompared());
        assertThat(agreement.endToEndAgreeing()).isLessThanOrEqualTo(agreement.endToEndAssessed());
    }

    @Test
    void aFloorAboveTheAgreementFailsAndBadUsageIsRefused() throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThat(StanceAgreementCommand.run(new String[] { "--corpus", SAMPLE.toString(), "--min-evidence", "1.01" },
                quiet)).isEqualTo(1);
        assertThat(StanceAgreementCommand.run(new String[] { "--corpus", "no/such/file.jsonl" }, quiet)).isEqualTo(2);
        assertThat(StanceAgreementCommand.run(new String[] { "--bogus" }, quiet)).isEqualTo(2);
    }
}
