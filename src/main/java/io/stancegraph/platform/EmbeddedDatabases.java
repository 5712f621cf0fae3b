package io.stancegraph.platform;

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

    @SuppressWarnings("unchecked")
    static synchronized Map<String, String> start(String launcherClassName, String dataDirectory) {
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
        return Map.of(
                "quarkus.datasource.jdbc.url", running,
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }
}
