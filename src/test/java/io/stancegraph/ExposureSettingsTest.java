package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** What production can hide, one setting each: introspection, Swagger UI, the OpenAPI document; GraphiQL stays. */
@QuarkusTest
@TestProfile(ExposureSettingsTest.Hidden.class)
class ExposureSettingsTest {

    public static class Hidden implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.graphql.introspection", "false", "quarkus.swagger-ui.enabled", "false",
                    "quarkus.smallrye-openapi.enabled", "false");
        }
    }

    @Test
    void introspectionSwaggerUiAndOpenApiAreOffAndGraphiqlStays() {
        JsonPath introspection = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { types { name } } }")).post("/graphql").jsonPath();
        assertThat(introspection.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath typename = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename topics(first: 1) { totalCount } }")).post("/graphql").jsonPath();
        assertThat(typename.getString("data.__typename")).isEqualTo("Query");
        assertThat(given().get("/q/openapi").statusCode()).isEqualTo(404);
        assertThat(given().get("/q/swagger-ui/").statusCode()).isEqualTo(404);
        assertThat(given().get("/q/graphql-ui/").statusCode()).isEqualTo(200);
    }
}
