package io.stancegraph.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line itself: usage, exit codes and errors a user can act on. No database, no service. */
class StancegraphCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return StancegraphCommand.execute(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out()).contains("Usage: stancegraph").contains("extract", "evaluate", "import", "evaluate-stance",
                "bench-extract", "bench-ingest", "generate");
        assertThat(err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "extract", "evaluate", "import", "evaluate-stance", "bench-extract", "bench-ingest", "generate" })
    void everyCommandDescribesItself(String command) {
        assertThat(run(command, "--help")).isZero();
        assertThat(out()).startsWith("Usage: stancegraph " + command).contains("--help");
        assertThat(err()).isEmpty();
    }

    @Test
    void noCommandOrAnUnknownOptionIsBadUsage() {
        assertThat(run()).isEqualTo(2);
        assertThat(run("import", "--no-such-option", "articles")).isEqualTo(2);
        assertThat(err()).contains("Unknown option: '--no-such-option'").contains("Usage: stancegraph import");
        assertThat(run("generate", "--url", "jdbc:postgresql://localhost/x", "--scale", "0")).isEqualTo(2);
        assertThat(run("evaluate", "--gold", "gold.jsonl")).isEqualTo(2);
    }

    @Test
    void aMissingFileIsOneLineNotAStackTrace() {
        assertThat(run("extract", "no/such/article.txt")).isEqualTo(1);
        assertThat(err()).isEqualTo("stancegraph extract: no such file: no/such/article.txt" + System.lineSeparator());

        err.reset();
        assertThat(run("evaluate", "--gold", "no/such/gold.jsonl", "--predicted", "no/such/predicted.jsonl")).isEqualTo(1);
        assertThat(err().lines()).containsExactly("stancegraph evaluate: no such file: no/such/gold.jsonl");
    }
}
