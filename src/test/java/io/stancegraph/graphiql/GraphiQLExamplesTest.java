package io.stancegraph.graphiql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.stancegraph.GraphQL;

/** GraphiQL's example tabs: the README's queries, each answering with data from the sample corpus. */
@QuarkusTest
class GraphiQLExamplesTest {

    @Test
    void theExamplesAreTheReadmesQueries() throws IOException {
        Matcher blocks = Pattern.compile("```graphql\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        List<String> readme = new ArrayList<>();
        while (blocks.find()) {
            // Subscriptions need a WebSocket, so they are no GraphiQL tab over HTTP.
            if (!blocks.group(1).startsWith("subscription")) {
                readme.add(blocks.group(1));
            }
        }
        List<String> examples = GraphiQLExamples.EXAMPLES.stream()
                .map(name -> withoutTitle(GraphiQLExamples.resource("graphiql/examples/" + name + ".graphql")))
                .toList();
        assertThat(readme).isEqualTo(examples);
    }

    @Test
    void everyExampleAnswersWithData() {
        for (String name : GraphiQLExamples.EXAMPLES) {
            JsonPath answer = GraphQL.query(GraphiQLExamples.resource("graphiql/examples/" + name + ".graphql"));
            assertThat(answer.getMap("data")).as(name).isNotEmpty();
            assertThat(answer.getMap("data").values()).as(name).doesNotContainNull();
            assertThat(answer.getList("errors")).as(name).isNull();
        }
    }

    @Test
    void graphiqlStartsWithTheExampleTabs() {
        String script = given().when().get("/q/graphql-ui/render.js")
                .then().statusCode(200).contentType("application/javascript").extract().asString();
        assertThat(script).contains("const api = '/graphql';")
                .contains("query ActorStatements").contains("query ArticleStatements")
                .contains("{ me { authenticated name roles } }").contains("\\\"Authorization\\\": \\\"Bearer <your token>\\\"")
                .doesNotContain("__EXAMPLE_TABS__");
    }

    private static String withoutTitle(String example) {
        return example.substring(example.indexOf('\n') + 1);
    }
}
