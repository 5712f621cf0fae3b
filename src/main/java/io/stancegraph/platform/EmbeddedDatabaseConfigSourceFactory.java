package io.stancegraph.platform;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * Points the datasource at a database when dev mode or the tests run without one configured.
 *
 * <p>Order of precedence: an explicit {@code quarkus.datasource.jdbc.url}, then {@code DB_URL}, then an embedded
 * PostgreSQL started on the spot. The embedded server comes from a dependency that is only on the dev and test
 * class path, so the launcher is loaded by name and never reached in the packaged or native application.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    static final String LAUNCHER_CLASS = "stancegraph.embedded-db.launcher";
    static final String DATA_DIR = "stancegraph.embedded-db.data-dir";
    static final String DATABASE = "stancegraph.embedded-db.database";

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        List<String> profiles = context.getProfiles();
        if (!profiles.contains("dev") && !profiles.contains("test")) {
            return List.of();
        }
        if (hasValue(context.getValue(JDBC_URL))) {
            return List.of();
        }
        ConfigValue dbUrl = context.getValue("DB_URL");
        if (hasValue(dbUrl)) {
            return List.of(source(Map.of(JDBC_URL, dbUrl.getValue())));
        }
        ConfigValue launcherClass = context.getValue(LAUNCHER_CLASS);
        if (!hasValue(launcherClass)) {
            return List.of();
        }
        ConfigValue dataDir = context.getValue(DATA_DIR);
        ConfigValue database = context.getValue(DATABASE);
        Map<String, String> connection = EmbeddedDatabases.start(launcherClass.getValue(),
                hasValue(dataDir) ? dataDir.getValue() : null, hasValue(database) ? database.getValue() : null);
        return List.of(source(connection));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(275);
    }

    private static boolean hasValue(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }

    private static ConfigSource source(Map<String, String> properties) {
        // Above application.properties (250), below environment variables (300) and system properties (400).
        return new PropertiesConfigSource(properties, "stancegraph-embedded-database", 275);
    }
}
