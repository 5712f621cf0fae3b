package io.stancegraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.stancegraph.TestIdentity;

/** Automatic persisted queries as Apollo's clients use them: the hash alone, then the document with its hash. */
@QuarkusTest
class PersistedQueriesTest {

    static final String GRAPHIQL_EXAMPLES = "src/main/resources/graphiql/examples";
    static final String GRAPHIQL_TOKEN_TAB = "src/main/resources/graphiql/who-am-i.graphql";
    static final String WEB_CLIENT_OPERATIONS = "src/main/resources/META-INF/resources/app/queries";

    @Inject
    DataSource dataSource;

    /** A document no earlier request has sent, so that its hash is unknown. */
    private static String freshQuery() {
        return "# " + UUID.randomUUID() + "\nquery Topics { topics(first: 2) { totalCount nodes { slug } } }";
    }

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static Response post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).post("/graphql");
    }

    @Test
    void unknownHashIsNotFoundThenRegisteredThenAnsweredByHashAloneOverPostAndGet() throws Exception {
        String query = freshQuery();
        String hash = PersistedQueries.sha256(query);

        Response unknown = post(Map.of("extensions", extensions(hash)));
        assertThat(unknown.statusCode()).isEqualTo(200);
        assertThat(unknown.jsonPath().getString("errors[0].message")).isEqualTo("PersistedQueryNotFound");
        assertThat(unknown.jsonPath().getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");
        assertThat(unknown.jsonPath().getMap("data")).isNull();
        // GraphQL-over-HTTP clients get a request error's status.
        assertThat(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("extensions", extensions(hash))).post("/graphql").statusCode()).isEqualTo(400);

        JsonPath registered = post(Map.of("query", query, "extensions", extensions(hash))).then().statusCode(200).extract().jsonPath();
        assertThat(registered.getMap("errors")).isNull();
        int topics = registered.getInt("data.topics.totalCount");
        assertThat(topics).isPositive();
        assertThat(storedDocument(hash)).isEqualTo(query);

        JsonPath byHash = post(Map.of("extensions", extensions(hash))).then().statusCode(200).extract().jsonPath();
        assertThat(byHash.getMap("errors")).isNull();
        assertThat(byHash.getInt("data.topics.totalCount")).isEqualTo(topics);
        assertThat(byHash.getList("data.topics.nodes.slug")).isEqualTo(registered.getList("data.topics.nodes.slug"));

        // The resolvers read the request again: they get the document the hash stands for.
        JsonPath byResolvers = given().contentType(ContentType.JSON).header("Stancegraph-Execution", "resolvers")
                .body(Map.of("extensions", extensions(hash))).post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byResolvers.getMap("errors")).isNull();
        assertThat(byResolvers.getList("data.topics.nodes.slug")).isEqualTo(registered.getList("data.topics.nodes.slug"));

        JsonPath byGet = given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byGet.getMap("errors")).isNull();
        assertThat(byGet.getList("data.topics.nodes.slug")).isEqualTo(registered.getList("data.topics.nodes.slug"));
    }

    @Test
    void aDocumentAnotherReplicaRegisteredIsFoundInTheDatabase() throws Exception {
        String query = freshQuery();
        String hash = PersistedQueries.sha256(query);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO persisted_query (hash, document) VALUES (?, ?)")) {
            insert.setString(1, hash);
            insert.setString(2, query);
            insert.executeUpdate();
        }
        JsonPath byHash = post(Map.of("extensions", extensions(hash))).then().statusCode(200).extract().jsonPath();
        assertThat(byHash.getMap("errors")).isNull();
        assertThat(byHash.getInt("data.topics.totalCount")).isPositive();
    }

    @Test
    void aHashThatIsNotTheDocumentsIsRefusedAndNothingIsStored() throws Exception {
        String query = freshQuery();
        String otherHash = PersistedQueries.sha256(query + " ");
        JsonPath response = post(Map.of("query", query, "extensions", extensions(otherHash))).then().statusCode(200)
                .extract().jsonPath();
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("extensions.persistedQuery.sha256Hash");
        assertThat(response.getString("errors[0].message")).contains("sha256Hash").contains("SHA-256");
        assertThat(response.getMap("data")).isNull();
        assertThat(storedDocument(otherHash)).isNull();
        assertThat(storedDocument(PersistedQueries.sha256(query))).isNull();

        JsonPath malformed = post(Map.of("extensions", Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", "ABC"))))
                .then().statusCode(200).extract().jsonPath();
        assertThat(malformed.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(malformed.getString("errors[0].extensions.field")).isEqualTo("extensions.persistedQuery");
    }

    @Test
    void aPersistedMutationIsNeverRunByGet() throws Exception {
        String mutation = "mutation($input: ActorInput!) { createActor(input: $input) { id name } }";
        String hash = PersistedQueries.sha256(mutation);
        String name = "Persisted Probe " + UUID.randomUUID();
        JsonPath created = given().spec(TestIdentity.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", mutation, "variables", Map.of("input", Map.of("name", name, "kind", "PERSON")),
                        "extensions", extensions(hash)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(created.getString("data.createActor.name")).isEqualTo(name);
        assertThat(storedDocument(hash)).isEqualTo(mutation);

        Response byGet = given().spec(TestIdentity.editor())
                .queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .queryParam("variables", "{\"input\":{\"name\":\"" + name + " again\",\"kind\":\"PERSON\"}}")
                .get("/graphql");
        assertThat(byGet.statusCode()).isEqualTo(405);
        assertThat(byGet.header("Allow")).isEqualTo("POST");
        assertThat(byGet.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(actorsNamed(name + " again")).isZero();
    }

    @Test
    void theShippedOperationsFileIsTheGraphiqlTabsAndTheWebClientsOperations() throws Exception {
        Map<String, String> shipped = new io.vertx.core.json.JsonObject(
                new String(getClass().getResourceAsStream("/persisted-operations.json").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8)).getMap().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> (String) entry.getValue()));
        java.util.Map<String, String> examples = new java.util.TreeMap<>();
        for (String folder : List.of(GRAPHIQL_EXAMPLES, WEB_CLIENT_OPERATIONS)) {
            try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                List<java.nio.file.Path> documents = files.filter(path -> path.toString().endsWith(".graphql")).toList();
                assertThat(documents).as(folder).isNotEmpty();
                for (java.nio.file.Path file : documents) {
                    String document = java.nio.file.Files.readString(file);
                    examples.put(PersistedQueries.sha256(document), document);
                }
            }
        }
        String tokenTab = java.nio.file.Files.readString(java.nio.file.Path.of(GRAPHIQL_TOKEN_TAB));
        examples.put(PersistedQueries.sha256(tokenTab), tokenTab);
        assertThat(shipped).as("regenerate with: bin/stancegraph persisted-operations -o "
                + "src/main/resources/persisted-operations.json src/main/resources/graphiql " + WEB_CLIENT_OPERATIONS)
                .isEqualTo(examples);
    }

    private String storedDocument(String hash) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT document FROM persisted_query WHERE hash = ?")) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private int actorsNamed(String name) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM actor WHERE canonical_name = ?")) {
            select.setString(1, name);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
