package io.stancegraph.graphiql;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.gateway.PersistedQueries;

/**
 * The start-up script GraphiQL gets, in both modes (plain JUnit: the allow-list is read from its file, no database):
 * in persisted-only mode it opens only tabs the service runs and says where the schema can be read.
 */
class GraphiQLScriptTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> ALL_TABS = List.of("ActorStatements", "TopicPositions", "EventParticipants",
            "SearchStatements", "ArticleStatements", "WhoAmI");

    private static String script(boolean persistedOnly, String operations, boolean schemaServed) throws Exception {
        return script(persistedOnly, operations, schemaServed, true);
    }

    private static String script(boolean persistedOnly, String operations, boolean schemaServed, boolean introspection)
            throws Exception {
        PersistedQueries persisted = new PersistedQueries(persistedOnly, 65536, 10, 10, operations, null, null);
        return new GraphiQLExamples(JSON, "graphql", "q", "graphql-ui", Optional.empty(), schemaServed, introspection,
                persisted).script();
    }

    private static JsonNode constant(String script, String name) throws Exception {
        Matcher line = Pattern.compile("(?m)^const " + name + " = (.*);$").matcher(script);
        assertThat(line.find()).as(name).isTrue();
        return JSON.readTree(line.group(1));
    }

    private static List<String> tabs(String script) throws Exception {
        Pattern operation = Pattern.compile("(?m)^(?:query|mutation|subscription) (\\w+)");
        return java.util.stream.StreamSupport.stream(constant(script, "exampleTabs").spliterator(), false)
                .map(tab -> {
                    Matcher name = operation.matcher(tab.get("query").asText());
                    return name.find() ? name.group(1) : "?";
                }).toList();
    }

    @Test
    void normallyEveryTabOpensAndNothingIsSaid() throws Exception {
        String script = script(false, "classpath:persisted-operations.json", true);
        assertThat(constant(script, "persistedOnly").isNull()).isTrue();
        assertThat(constant(script, "introspectionOff").asBoolean()).isFalse();
        assertThat(tabs(script)).isEqualTo(ALL_TABS);
    }

    @Test
    void withIntrospectionOffThePageAsksForNoSchemaAndNamesNoneToRead() throws Exception {
        assertThat(constant(script(false, "classpath:persisted-operations.json", true, false), "introspectionOff")
                .asBoolean()).isTrue();
        // the schema's text is not served then either
        assertThat(constant(script(true, "classpath:persisted-operations.json", true, false), "persistedOnly")
                .get("schema").isNull()).isTrue();
    }

    @Test
    void withTheShippedOperationsEveryTabRunsInPersistedOnlyMode() throws Exception {
        String script = script(true, "classpath:persisted-operations.json", true);
        assertThat(tabs(script)).isEqualTo(ALL_TABS);
        assertThat(constant(script, "persistedOnly").get("schema").asText()).isEqualTo("/graphql/schema.graphql");
    }

    @Test
    void anOperationsFileOfOnesOwnOpensOnlyTheTabsItHolds(@TempDir Path dir) throws Exception {
        String example = GraphiQLExamples.resource("graphiql/examples/2-topic-positions.graphql");
        Path file = dir.resolve("operations.json");
        Files.writeString(file, JSON.writeValueAsString(Map.of(PersistedQueries.sha256(example), example)));
        String script = script(true, file.toString(), false);
        assertThat(tabs(script)).containsExactly("TopicPositions");
        // No schema is named where none is served.
        assertThat(constant(script, "persistedOnly").get("schema").isNull()).isTrue();
    }
}
