package io.stancegraph.platform;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Tells whoever started the service where to point a browser. */
@Singleton
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class);

    private final int port;

    public StartupBanner(@ConfigProperty(name = "quarkus.http.port") int port) {
        this.port = port;
    }

    void onStart(@Observes StartupEvent start) {
        LOG.infof("Stancegraph is up. GraphiQL: http://localhost:%d/q/graphql-ui  GraphQL endpoint: http://localhost:%d/graphql",
                port, port);
    }
}
