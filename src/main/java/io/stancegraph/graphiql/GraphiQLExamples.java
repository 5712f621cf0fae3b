package io.stancegraph.graphiql;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.gateway.PersistedQueries;
import io.vertx.ext.web.Router;

/**
 * GraphiQL opens with the README's example queries as tabs, and a last tab that shows how to send a token. The
 * page itself is SmallRye's; only its start-up script is served from here. In persisted-only mode the page says so,
 * opens only the tabs on the allow-list, and asks for no schema, since introspection would be refused.
 */
@ApplicationScoped
public class GraphiQLExamples {

    /** The examples, in the order the README gives them; each file's first line is a comment naming it. */
    static final List<String> EXAMPLES = List.of("1-actor-statements", "2-topic-positions", "3-event-participants",
            "4-search-statements", "5-article-statements");
    /** The token tab's query: a file of its own, so that the shipped allow-list holds it too. */
    static final String WHO_AM_I = "graphiql/who-am-i.graphql";

    private final String script;
    private final String scriptPath;

    public GraphiQLExamples(ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql") String rootPath,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String toolsPath,
            @ConfigProperty(name = "quarkus.smallrye-graphql.ui.root-path", defaultValue = "graphql-ui") String uiPath,
            @ConfigProperty(name = "stancegraph.security.dev-editor-token") Optional<String> devEditorToken,
            @ConfigProperty(name = "quarkus.smallrye-graphql.schema-available", defaultValue = "true") boolean schemaServed,
            @ConfigProperty(name = "stancegraph.graphql.introspection") boolean introspection,
            PersistedQueries persisted)
            throws JsonProcessingException {
        List<Map<String, String>> tabs = new ArrayList<>();
        for (String example : EXAMPLES) {
            tabs.add(Map.of("query", resource("graphiql/examples/" + example + ".graphql")));
        }
        Map<String, String> whoAmI = new LinkedHashMap<>();
        whoAmI.put("query", resource(WHO_AM_I));
        whoAmI.put("headers", "{\"Authorization\": \"Bearer " + devEditorToken.orElse("<your token>") + "\"}");
        tabs.add(whoAmI);
        String path = absolute(rootPath);
        Map<String, String> persistedOnly = null;
        if (persisted.persistedOnly()) {
            // A tab the service would refuse is no example; an operations file of one's own may leave some out.
            tabs.removeIf(tab -> !persisted.allowListed(PersistedQueries.sha256(tab.get("query"))));
            persistedOnly = new LinkedHashMap<>();
            // SmallRye serves the schema's SDL beside the endpoint unless that is turned off.
            persistedOnly.put("schema", schemaServed && introspection ? path + "/schema.graphql" : null);
        }
        scriptPath = (uiPath.startsWith("/") ? uiPath : absolute(toolsPath) + absolute(uiPath)).replaceAll("/+$", "")
                + "/render.js";
        script = resource("graphiql/render.js")
                .replace("'__API_PATH__'", json.writeValueAsString(path).replace('"', '\''))
                .replace("__EXAMPLE_TABS__", json.writeValueAsString(tabs))
                .replace("__PERSISTED_ONLY__", json.writeValueAsString(persistedOnly))
                .replace("__INTROSPECTION_OFF__", String.valueOf(!introspection));
    }

    /** The script as it is served. */
    String script() {
        return script;
    }

    void register(@Observes Router router) {
        router.get(scriptPath).order(-1000).handler(context -> context.response()
                .putHeader("Content-Type", "application/javascript; charset=utf-8")
                .putHeader("Cache-Control", "no-cache")
                .end(script));
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    static String resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
