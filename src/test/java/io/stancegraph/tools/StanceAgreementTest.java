package io.stancegraph.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void severalGoldFoldersAreOneNewsStreamAndAnArticleInTwoIsRefused(@TempDir Path dir) throws Exception {
        // One minister's opposition, in other words a week apart, in two folders: together they corroborate.
        Path first = folder(dir.resolve("a"), "xa01", "2026-03-01", "“Russia must withdraw from all the occupied "
                + "territory before there can be peace,” Anna Field, the foreign minister, said on Monday.",
                "Russia must withdraw");
        Path second = folder(dir.resolve("b"), "xb01", "2026-03-08", "“Ukraine must not give up its land, and its "
                + "borders must not be changed by force,” Anna Field said on Sunday.", "Ukraine must not give up its land");
        assertThat(goldReport(first)).containsPattern("corroborated\\s+0 positions");
        String both = goldReport(first, second);
        assertThat(both).contains("gold: 1 (actor, topic) pairs").containsPattern("corroborated\\s+1 positions");

        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        assertThat(StanceAgreementCommand.run(new String[] { "--corpus", SAMPLE.toString(), "--gold", first.toString(),
                "--gold", first.toString() }, new PrintStream(buffer, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(buffer.toString(StandardCharsets.UTF_8)).contains("article xa01 is in more than one gold folder");
    }

    private static Path folder(Path folder, String id, String date, String paragraph, String evidence) throws Exception {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(id + ".txt"), " date " + date + " A minister on the talks\n\n" + paragraph + "\n");
        Files.writeString(folder.resolve("gold-" + id + ".jsonl"), "{\"article\": \"" + id + "\", \"actor\": \"Anna Field\", "
                + "\"topic\": \"territorial-concessions\", \"stance\": \"OPPOSES\", \"evidence\": [\"" + evidence + "\"]}\n");
        return folder;
    }

    private static String goldReport(Path... folders) {
        List<String> args = new ArrayList<>(List.of("--corpus", SAMPLE.toString()));
        for (Path folder : folders) {
            args.add("--gold");
            args.add(folder.toString());
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int code = StanceAgreementCommand.run(args.toArray(String[]::new), new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String report = buffer.toString(StandardCharsets.UTF_8);
        assertThat(code).as(report).isZero();
        return report;
    }
}
