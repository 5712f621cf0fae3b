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

/**
 * Cross-origin access as production has it: only the origins listed in CORS_ORIGINS get a grant (production lists
 * none by default); any other origin gets none, so a page there cannot read answers or send preflighted writes.
 */
@QuarkusTest
@TestProfile(CorsTest.NewsroomOriginOnly.class)
class CorsTest {

    public static class NewsroomOriginOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.origins", "https://newsroom.example");
        }
    }

    @Test
    void anOriginNotListedGetsNoGrant() {
        Response evil = preflight("https://evil.example");
        assertThat(evil.header("Access-Control-Allow-Origin")).isNull();
        Response read = given().header("Origin", "https://evil.example").contentType(ContentType.JSON)
                .body(Map.of("query", "{ topics(first: 1) { totalCount } }")).post("/graphql");
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aListedOriginIsGranted() {
        assertThat(preflight("https://newsroom.example").header("Access-Control-Allow-Origin")).isEqualTo("https://newsroom.example");
    }

    private static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,authorization").options("/graphql");
    }
}
