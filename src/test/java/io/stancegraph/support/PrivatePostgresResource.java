package io.stancegraph.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the service under test at a {@link PrivatePostgres} cluster of its own (database
 * {@value PrivatePostgres#DATABASE}, user {@value PrivatePostgres#USER}, no password), started before the service
 * and stopped and deleted after it. Tests reach the cluster through {@link #current()}, to stop and start it.
 */
public class PrivatePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static volatile PrivatePostgres current;

    private PrivatePostgres postgres;

    /** The cluster the running service uses. */
    public static PrivatePostgres current() {
        PrivatePostgres running = current;
        if (running == null) {
            throw new IllegalStateException("No private PostgreSQL: the test profile must use " + PrivatePostgresResource.class.getName());
        }
        return running;
    }

    @Override
    public Map<String, String> start() {
        postgres = PrivatePostgres.create();
        current = postgres;
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", PrivatePostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
        current = null;
    }
}
