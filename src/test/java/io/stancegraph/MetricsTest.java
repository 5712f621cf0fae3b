package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Prometheus metrics at /q/metrics reflect GraphQL operations, ingestion, the connection pool and HTTP. */
@QuarkusTest
class MetricsTest {

    @Test
    void aQueryAndAnIngestionShowUpInTheMetrics() {
        given().contentType(ContentType.JSON).body(Map.of("query", "query MetricsProbe { actors(first: 2) { nodes { name } } }"))
                .post("/graphql").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("query", "query MetricsRefused($id: ID!) { actor(id: $id) { name } }",
                "variables", Map.of("id", "2abc"))).post("/graphql").then().statusCode(200);
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT)
                .body("\"We will measure everything,\" said Jo Metric " + UUID.randomUUID() + ", the minister.")
                .queryParam("outlet", "Metrics Weekly").queryParam("publishedOn", "2025-03-01")
                .when().post("/articles").then().statusCode(201);

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*execution=\"compiled\"[^}]*operation=\"MetricsProbe\"[^}]*outcome=\"ok\"[^}]*type=\"query\"[^}]*\\} [1-9]");
        given().contentType(ContentType.JSON).body(Map.of("query", "query MetricsResolved { topics(first: 2) { totalCount } }"))
                .header("Stancegraph-Execution", "resolvers").post("/graphql").then().statusCode(200);
        metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*execution=\"resolvers\"[^}]*operation=\"MetricsResolved\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("stancegraph_graphql_requests_seconds_count\\{[^}]*execution=\"gate\"[^}]*operation=\"MetricsRefused\"[^}]*outcome=\"INVALID_INPUT\"");
        assertThat(metrics).containsPattern("stancegraph_ingest_articles_total\\{[^}]*outcome=\"created\"[^}]*\\} [1-9]");
        assertThat(metrics).containsPattern("stancegraph_ingest_statements_total(\\{[^}]*\\})? [1-9]");
        assertThat(metrics).containsPattern("stancegraph_ingest_duration_seconds_count(\\{[^}]*\\})? [1-9]");
        assertThat(metrics).contains("agroal_active_count");
        assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/articles\"");
        assertThat(metrics).contains("jvm_memory_used_bytes");
    }
}
