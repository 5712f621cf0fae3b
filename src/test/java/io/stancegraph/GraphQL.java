package io.stancegraph;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Sends GraphQL requests to the running service over HTTP, as a client would: as the editor `test`. */
public final class GraphQL {

    private GraphQL() {
    }

    public static JsonPath query(String query) {
        return query(query, Map.of());
    }

    public static JsonPath query(String query, Map<String, Object> variables) {
        return query(query, variables, Map.of());
    }

    /**
     * Answered by the resolvers, never by the compiled read path: for checks of the resolvers themselves, and as the
     * reference the compiled answers are compared with.
     */
    public static JsonPath byResolvers(String query, Map<String, Object> variables) {
        return data(query(query, variables, Map.of("Stancegraph-Execution", "resolvers")));
    }

    public static JsonPath query(String query, Map<String, Object> variables, Map<String, String> headers) {
        return given()
                .header("Authorization", "Bearer " + TestIdentity.editorToken())
                .headers(headers)
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** A request that must succeed: fails the test with the server's errors otherwise. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        return data(query(query, variables));
    }

    private static JsonPath data(JsonPath response) {
        Object errors = response.get("errors");
        if (errors != null) {
            throw new AssertionError("GraphQL errors: " + errors);
        }
        return response;
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }
}
