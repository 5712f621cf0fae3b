package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.stancegraph.support.PrivatePostgresResource;

/**
 * The service as production runs it (the prod configuration profile, on a PostgreSQL cluster of its own): no origin
 * gets a CORS grant unless configured, and anonymous writes are refused.
 */
@QuarkusTest
@TestProfile(ProductionProfileTest.Production.class)
class ProductionProfileTest {

    public static class Production implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PrivatePostgresResource.class));
        }
    }

    @Test
    void noOriginGetsACorsGrantByDefault() {
        Response preflight = given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").options("/graphql");
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        Response read = given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ topics(first: 1) { totalCount } }")).post("/graphql");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
        // Without an Origin header (curl, servers, the service's own pages) the API answers.
        Response own = given().contentType(ContentType.JSON).body(Map.of("query", "{ topics(first: 1) { totalCount } }"))
                .post("/graphql");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.jsonPath().getInt("data.topics.totalCount")).isGreaterThanOrEqualTo(0);
    }

    @Test
    void anonymousWritesAreRefused() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { createActor(input: {name: \"Pwned\", kind: PERSON}) { id } }")).post("/graphql");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
    }
}
