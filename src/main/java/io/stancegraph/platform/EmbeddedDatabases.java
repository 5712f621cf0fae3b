package io.stancegraph.platform;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Function;

/**
 * Keeps one embedded PostgreSQL per JVM, shared by every restart of the application in dev mode and by every
 * test profile, so a hot reload or a new test profile reconnects instead of starting a second server.
 */
final class EmbeddedDatabases {

    private static final String URL_PROPERTY = "stancegraph.embedded-db.started-url";

    private EmbeddedDatabases() {
    }

    /** A separate database on the same server, created on first use, so a test profile can start empty. */
    private static String withDatabase(String serverUrl, String database) {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("embedded database name must be a plain SQL identifier: " + database);
        }
        try (Connection connection = DriverManager.getConnection(serverUrl, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            ResultSet exists = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!exists.next()) {
                statement.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create embedded database " + database, e);
        }
        return serverUrl.replaceFirst("/postgres(\\?|$)", "/" + database + "$1");
    }

    @SuppressWarnings("unchecked")
    static synchronized Map<String, String> start(String launcherClassName, String dataDirectory, String database) {
        String running = System.getProperty(URL_PROPERTY);
        if (running == null) {
            try {
                // Loaded by name: the launcher needs the embedded server, which only dev and tests have.
                Class<?> launcher = Class.forName(launcherClassName, true, Thread.currentThread().getContextClassLoader());
                Function<String, String> startFunction = (Function<String, String>) launcher.getDeclaredConstructor()
                        .newInstance();
                running = startFunction.apply(dataDirectory);
            } catch (ReflectiveOperationException | LinkageError e) {
                throw new IllegalStateException("No database configured and the embedded PostgreSQL could not start; "
                        + "set DB_URL, DB_USER and DB_PASSWORD to use an existing server", e);
            }
            System.setProperty(URL_PROPERTY, running);
        }
        String url = database == null ? running : withDatabase(running, database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
