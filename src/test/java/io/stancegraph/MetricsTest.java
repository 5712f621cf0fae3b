package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Prometheus metrics at /q/metrics reflect GraphQL operations, ingestion, the connection pool and HTTP. */
@QuarkusTest
class MetricsTest {

    @Test
    void errorsRaisedWhileAnsweringCountAsTheirCodeAndOperationNamesAreBounded() {
        Map<String, String> badPage = Map.of("type", "query", "outcome", "INVALID_INPUT");
        Map<String, String> missing = Map.of("type", "mutation", "outcome", "NOT_FOUND");
        String name = "Anything" + UUID.randomUUID().toString().replace("-", "");
        double badPagesBefore = count(badPage);
        double missingBefore = count(missing);
        double namedBefore = count(Map.of("operation", "other", "outcome", "ok"));

        JsonPath refused = GraphQL.query("query Bad { statements(first: -1) { nodes { id } } }");
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        JsonPath notFound = GraphQL.query("mutation NoSuchActor { addActorAlias(actorId: 999999999, alias: \"Nobody\") { id } }");
        assertThat(notFound.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        GraphQL.data("query " + name + " { __typename }");

        assertThat(count(badPage)).isEqualTo(badPagesBefore + 1);
        assertThat(count(missing)).isEqualTo(missingBefore + 1);
        assertThat(count(Map.of("operation", "other", "outcome", "ok"))).isEqualTo(namedBefore + 1);
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(name).doesNotContain("operation=\"Bad\"").doesNotContain("NoSuchActor");
    }

    /** Requests counted so far under the given labels (summed over the others). */
    private static double count(Map<String, String> labels) {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (!line.startsWith("stancegraph_graphql_requests_seconds_count{")) {
                continue;
            }
            String tags = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
            if (labels.entrySet().stream().allMatch(label -> tags.contains(label.getKey() + "=\"" + label.getValue() + "\""))) {
                total += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return total;
    }

    @Test
    void aQueryAndAnIngestionShowUpInTheMetrics() throws java.io.IOException {
        // A document of the shipped allow-list: its operation's name is a label value.
        String allowListed = new String(MetricsTest.class.getResourceAsStream("/graphiql/examples/2-topic-positions.graphql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        given().contentType(ContentType.JSON).body(Map.of("query", allowListed)).post("/graphql").then().statusCode(200);
        // The web client's operations are on it too, so its pages' traffic is told apart.
        String topicList = java.nio.file.Files.readString(
                java.nio.file.Path.of("src/main/resources/META-INF/resources/app/queries/TopicList.graphql"));
        given().contentType(ContentType.JSON).body(Map.of("query", topicList, "operationName", "TopicList"))
                .post("/graphql").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", "query MetricsRefused($id: ID!) { actor(id: $id) { name } }",
                "variables", Map.of("id", "2abc"))).post("/graphql").then().statusCode(200);
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT)
                .body("\"We will measure everything,\" said Jo Metric " + UUID.randomUUID() + ", the minister.")
                .queryParam("outlet", "Metrics Weekly").queryParam("publishedOn", "2025-03-01")
                .when().post("/articles").then().statusCode(201);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*operation=\"TopicPositions\"[^}]*outcome=\"ok\"[^}]*type=\"query\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*operation=\"TopicList\"[^}]*outcome=\"ok\"[^}]*\\} [1-9]");
        given().contentType(ContentType.JSON).body(Map.of("query", "query MetricsResolved { topics(first: 2) { totalCount } }"))
                .header("Stancegraph-Execution", "resolvers").post("/graphql").then().statusCode(200);
        metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*execution=\"resolvers\"[^}]*operation=\"other\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*execution=\"gate\"[^}]*operation=\"other\"[^}]*outcome=\"INVALID_INPUT\"");
        assertThat(metrics).containsPattern("stancegraph_ingest_articles_total\\{[^}]*outcome=\"created\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("stancegraph_ingest_statements_total(\\{[^}]*\\})? [1-9]");
        assertThat(metrics).containsPattern("stancegraph_ingest_duration_seconds_count(\\{[^}]*\\})? [1-9]");
        assertThat(metrics).contains("agroal_active_count");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/articles\"");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
