package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** With the compiled read path turned off, the resolvers answer every query. */
@QuarkusTest
@TestProfile(CompiledReadsOffTest.Off.class)
class CompiledReadsOffTest {

    public static class Off implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.graphql.compiled-reads", "false");
        }
    }

    @Test
    void queriesTheCompilerKnowsAreAnsweredByTheResolvers() {
        Response response = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ topicBySlug(slug: \"ceasefire-first\") { name positions { stance actor { name } } } }"))
                .when().post("/graphql")
                .then().statusCode(200).extract().response();
        assertThat(response.header("Stancegraph-Execution")).isNull();
        assertThat(response.jsonPath().getString("data.topicBySlug.name")).isEqualTo("Ceasefire first");
        assertThat(response.jsonPath().getList("data.topicBySlug.positions")).isNotEmpty();
    }
}
