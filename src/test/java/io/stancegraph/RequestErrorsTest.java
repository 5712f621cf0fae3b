package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Requests that cannot be answered get a status and a message that say what is wrong and what to send instead. */
@QuarkusTest
class RequestErrorsTest {

    private static final String ACTOR = "query Actor($id: ID!) { actor(id: $id) { name } }";

    @Test
    void aRequiredVariableThatIsMissingOrNullIsSaidToBe() {
        JsonPath missing = GraphQL.query(ACTOR, Map.of());
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(missing.getString("errors[0].extensions.field")).isEqualTo("id");
        assertThat(missing.getString("errors[0].message")).isEqualTo("Variable $id is missing: the operation needs it, of type ID!");

        Map<String, Object> nothing = new HashMap<>();
        nothing.put("id", null);
        JsonPath nullValue = GraphQL.query(ACTOR, nothing);
        assertThat(nullValue.getString("errors[0].message")).isEqualTo("Variable $id is null, but the operation needs a value of type ID!");

        // A value of the wrong form is still told apart.
        JsonPath malformed = GraphQL.query("query Since($d: Date!) { statements(first: 1, filter: {from: $d}) { totalCount } }",
                Map.of("d", "12 May"));
        assertThat(malformed.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(malformed.getString("errors[0].message")).doesNotContain("missing").doesNotContain("null");
    }

    @Test
    void anArgumentWrittenInTheDocumentThatIsWrongIsNamedWithoutItsValueEchoed() {
        String secret = "a long private note the error need not repeat";
        Map<String, String> documents = Map.of(
                "missing a required field", "mutation { setPosition(input: {actorId: 1, topic: \"t\", note: \"" + secret + "\"}) { id } }",
                "not an object", "mutation { setPosition(input: \"" + secret + "\") { id } }",
                "a field it does not have", "mutation { setPosition(input: {actorId: 1, stance: SUPPORTS, topic: \"t\", "
                        + "validFrom: \"2025-01-01\", evidenceStatementIds: [1], colour: \"" + secret + "\"}) { id } }",
                "not a valid value", "{ statements(first: 1, filter: {kinds: [\"" + secret + "\"]}) { totalCount } }");
        documents.forEach((problem, document) -> {
            JsonPath refused = given().spec(TestIdentity.editor()).contentType(ContentType.JSON).body(Map.of("query", document))
                    .post("/graphql").then().extract().jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).as(problem).isEqualTo("INVALID_INPUT");
            assertThat(refused.getString("errors[0].message")).as(problem).doesNotContain(secret).doesNotContain("Value{")
                    .containsPattern("argument '(input|filter)");
        });
    }

    @Test
    void aDocumentOfSeveralOperationsNeedsTheNameOfTheOneToRun() {
        String two = "query First { __typename } query Second { __typename }";
        JsonPath unnamed = given().contentType(ContentType.JSON).body(Map.of("query", two)).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertThat(unnamed.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(unnamed.getString("errors[0].extensions.field")).isEqualTo("operationName");
        assertThat(unnamed.getString("errors[0].message"))
                .isEqualTo("The document has 2 operations: name the one to run in `operationName`");

        JsonPath unknown = given().contentType(ContentType.JSON).body(Map.of("query", two, "operationName", "Third"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(unknown.getString("errors[0].message")).isEqualTo("The document has no operation named Third");

        JsonPath chosen = given().contentType(ContentType.JSON).body(Map.of("query", two, "operationName", "Second"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(chosen.getString("data.__typename")).isEqualTo("Query");
    }

    @Test
    void aMethodAPathDoesNotTakeIsAnswered405SayingWhichItTakes() {
        for (String method : java.util.List.of("DELETE", "PUT", "PATCH")) {
            Response response = given().spec(TestIdentity.editor()).request(method, "/articles/6");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).contains("GET");
            assertThat(response.contentType()).as(method).startsWith("application/json");
            assertThat(response.jsonPath().getString("code")).as(method).isEqualTo("INVALID_INPUT");
            assertThat(response.jsonPath().getString("message")).as(method).contains("GET");
        }
    }

    @Test
    void aBodyOfAnotherTypeIsAnswered415NamingTheTypesRead() {
        Response article = given().spec(TestIdentity.editor()).contentType("application/xml").body("<article/>")
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-03-01").post("/articles");
        assertThat(article.statusCode()).isEqualTo(415);
        assertThat(article.contentType()).startsWith("application/json");
        assertThat(article.jsonPath().getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(article.jsonPath().getString("field")).isEqualTo("Content-Type");
        assertThat(article.jsonPath().getString("message"))
                .isEqualTo("Content-Type application/xml is not read here: send text/plain, text/html or application/json");

        Response imports = given().spec(TestIdentity.editor()).contentType("application/xml").body("<records/>").post("/imports");
        assertThat(imports.statusCode()).isEqualTo(415);
        assertThat(imports.jsonPath().getString("message")).contains("application/x-ndjson");

        // Without a role, the caller still learns that first.
        assertThat(given().contentType("application/xml").body("<article/>").post("/articles").statusCode()).isEqualTo(401);
    }

    @Test
    void aBodyWithoutADocumentIsAnswered400AsJson() {
        for (String body : java.util.List.of("{}", "{\"query\": 5}")) {
            Response response = given().contentType(ContentType.JSON).body(body).post("/graphql");
            assertThat(response.statusCode()).as(body).isEqualTo(400);
            assertThat(response.contentType()).as(body).startsWith("application/json");
            assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(body).isEqualTo("INVALID_INPUT");
        }
    }
}
