package io.stancegraph.tools.synthetic;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import io.stancegraph.tools.StancegraphCommand;
import io.stancegraph.tools.ToolCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * Fills a Stancegraph database with a synthetic data set for benchmarks: migrates it with the application's
 * Flyway migrations, then loads the data set of the given scale and seed. Plain Java and JDBC; the service need
 * not run.
 * A database that already holds data is left alone unless {@code --replace} is given, which empties the domain
 * tables first. Exit code 0 on success, 1 when the database was refused or the load failed.
 */
@Command(name = "generate", description = "Migrates a database with the application's migrations and loads a "
        + "deterministic synthetic data set of the given scale and seed; the service need not run.")
public final class GenerateCommand extends ToolCommand {

    @Spec
    CommandSpec spec;

    @Option(names = "--url", required = true, paramLabel = "JDBC_URL", description = "e.g. jdbc:postgresql://HOST:PORT/DB")
    String url;

    @Option(names = "--user", defaultValue = "${env:DB_USER:-postgres}", description = "Default: $DB_USER, else postgres.")
    String user;

    @Option(names = "--password", defaultValue = "${env:DB_PASSWORD}", description = "Default: $DB_PASSWORD.")
    String password;

    @Option(names = "--scale", defaultValue = "1", description = "Above 0, at most 1000 (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--seed", defaultValue = "42", description = "Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--replace", description = "Empty the domain tables of a database that holds data first.")
    boolean replace;

    /** Runs {@code stancegraph generate} with these arguments. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return StancegraphCommand.executeSubcommand(out, err, "generate", args);
    }

    @Override
    public Integer call() {
        if (!(scale > 0 && scale <= 1_000)) {
            throw new ParameterException(spec.commandLine(), "--scale must be above 0 and at most 1000");
        }
        try {
            MigrateResult migrated = Flyway.configure().dataSource(url, user, password).load().migrate();
            out.printf(Locale.ROOT, "%s: schema at version %s (%d migrations applied now)%n", url,
                    migrated.targetSchemaVersion != null ? migrated.targetSchemaVersion : migrated.initialSchemaVersion,
                    migrated.migrationsExecuted);
            try (Connection connection = DriverManager.getConnection(url, user, password)) {
                if (!replace && SyntheticDataLoader.holdsData(connection)) {
                    err.println("The database already holds data; nothing was written. "
                            + "Run again with --replace to empty the domain tables and load the synthetic data set.");
                    return 1;
                }
                SyntheticDataGenerator generator = new SyntheticDataGenerator(scale, seed);
                out.printf(Locale.ROOT, "generating %s: %,d actors, %,d articles, %,d statements, %,d events, "
                        + "%d topics, %,d positions%n", generator, generator.sizes().actors(), generator.articleCount(),
                        generator.statementCount(), generator.sizes().events(), generator.sizes().topics(),
                        generator.sizes().positions());
                SyntheticDataLoader.Summary summary = new SyntheticDataLoader(connection, new ProgressLine(err))
                        .load(generator, replace);
                printSummary(out, summary);
                return 0;
            }
        } catch (SQLException | IOException | RuntimeException e) {
            err.println();
            err.println("generate failed: " + e.getMessage());
            return 1;
        }
    }

    private static void printSummary(PrintStream out, SyntheticDataLoader.Summary summary) {
        out.printf(Locale.ROOT, "%-20s %12s%n", "table", "rows");
        for (Map.Entry<String, Long> table : summary.rows().entrySet()) {
            out.printf(Locale.ROOT, "%-20s %,12d%n", table.getKey(), table.getValue());
        }
        out.printf(Locale.ROOT, "%-20s %,12d%n", "total", summary.totalRows());
        out.printf(Locale.ROOT, "loaded in %s, vacuumed and analysed in %s%n", seconds(summary.loading()),
                seconds(summary.analysing()));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** One line per table on the error stream, rewritten as rows go in. */
    private static final class ProgressLine implements SyntheticDataLoader.Progress {
        private final PrintStream err;
        private long expected;

        ProgressLine(PrintStream err) {
            this.err = err;
        }

        @Override
        public void started(String table, long expectedRows) {
            expected = expectedRows;
            advanced(table, 0);
        }

        @Override
        public void advanced(String table, long rowsSoFar) {
            int percent = expected == 0 ? 100 : (int) (100 * rowsSoFar / expected);
            err.printf(Locale.ROOT, "\r  %-18s %,12d / %,d rows (%d%%)", table, rowsSoFar, expected, percent);
        }

        @Override
        public void finished(String table, long rows, Duration took) {
            err.printf(Locale.ROOT, "\r  %-18s %,12d rows in %s%-20s%n", table, rows, seconds(took), "");
        }
    }
}
