package io.stancegraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.stancegraph.TestIdentity;

/** Persisted-only mode, as in production: only the allow-list runs, and only admins add to it. */
@QuarkusTest
@TestProfile(PersistedOnlyModeTest.PersistedOnly.class)
class PersistedOnlyModeTest {

    public static class PersistedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // With the shipped operations file: the GraphiQL examples and the web client's operations.
            return Map.of("stancegraph.graphql.persisted-only", "true");
        }
    }

    private static final Path WEB_CLIENT_OPERATIONS = Path.of(PersistedQueriesTest.WEB_CLIENT_OPERATIONS);

    @Inject
    DataSource dataSource;

    @Inject
    io.vertx.core.Vertx vertx;

    private static Map<String, Object> extensions(String hash) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
    }

    private static String example() throws Exception {
        return new String(PersistedOnlyModeTest.class.getResourceAsStream("/graphiql/examples/2-topic-positions.graphql")
                .readAllBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void anAdHocDocumentIsRefusedBeforeItRuns() {
        JsonPath refused = given().contentType(ContentType.JSON).body(Map.of("query", "{ topics(first: 1) { totalCount } }"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_REQUIRED");
        assertThat(refused.getMap("data")).isNull();
        assertThat(given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ topics(first: 1) { totalCount } }")).post("/graphql").statusCode()).isEqualTo(400);
        // Writes too, whoever sends them.
        JsonPath write = given().spec(TestIdentity.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", "mutation { addActorAlias(actorId: \"1\", alias: \"Never\") { aliases } }"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(write.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_REQUIRED");
    }

    @Test
    void anAllowListedOperationRunsByHashOrByItsText() throws Exception {
        String document = example();
        String hash = PersistedQueries.sha256(document);
        JsonPath byHash = given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byHash.getMap("errors")).isNull();
        assertThat(byHash.getString("data.topicBySlug.name")).isNotBlank();
        JsonPath byText = given().contentType(ContentType.JSON).body(Map.of("query", document))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byText.getMap("data")).isEqualTo(byHash.getMap("data"));
    }

    @Test
    void theWebClientsOperationsPassAsTheClientSendsThem() throws Exception {
        List<Path> documents;
        try (Stream<Path> files = Files.list(WEB_CLIENT_OPERATIONS)) {
            documents = files.filter(file -> file.toString().endsWith(".graphql")).sorted().toList();
        }
        assertThat(documents).isNotEmpty();
        for (Path file : documents) {
            // As the client sends it: the file's text and its name as the operation name, with the editor's token.
            String name = file.getFileName().toString().replaceFirst("\\.graphql$", "");
            JsonPath answer = given().spec(TestIdentity.editor()).contentType(ContentType.JSON)
                    .body(Map.of("query", Files.readString(file), "operationName", name)).post("/graphql")
                    .then().extract().jsonPath();
            assertThat(answer.getList("errors.extensions.code", String.class)).as(name)
                    .doesNotContain("PERSISTED_QUERY_REQUIRED");
        }
        JsonPath topics = given().contentType(ContentType.JSON)
                .body(Map.of("query", Files.readString(WEB_CLIENT_OPERATIONS.resolve("TopicList.graphql")),
                        "operationName", "TopicList"))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(topics.getMap("errors")).isNull();
        assertThat(topics.getMap("data")).isNotEmpty();
    }

    @Test
    void clientsCannotRegisterDocumentsAndAdminsCan() throws Exception {
        String query = "# " + UUID.randomUUID() + "\n{ topics(first: 1) { totalCount } }";
        String hash = PersistedQueries.sha256(query);
        JsonPath refused = given().spec(TestIdentity.editor()).contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", extensions(hash))).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_REQUIRED");
        assertThat(allowListed(hash)).isNull();
        assertThat(given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash))).post("/graphql")
                .jsonPath().getString("errors[0].extensions.code")).isEqualTo("PERSISTED_QUERY_NOT_FOUND");

        JsonPath registered = given().spec(TestIdentity.as(TestIdentity.token("curator", "admin"))).contentType(ContentType.JSON)
                .body(Map.of("query", query, "extensions", extensions(hash))).post("/graphql")
                .then().statusCode(200).extract().jsonPath();
        assertThat(registered.getInt("data.topics.totalCount")).isPositive();
        assertThat(allowListed(hash)).isEqualTo("curator");
        JsonPath byHash = given().contentType(ContentType.JSON).body(Map.of("extensions", extensions(hash)))
                .post("/graphql").then().statusCode(200).extract().jsonPath();
        assertThat(byHash.getInt("data.topics.totalCount")).isEqualTo(registered.getInt("data.topics.totalCount"));
    }

    @Test
    void anAllowListedSubscriptionIsServedAndAnotherIsRefused() throws Exception {
        String listed = Files.readString(WEB_CLIENT_OPERATIONS.resolve("StatementAdded.graphql"));
        String statement;
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("SELECT id FROM statement ORDER BY id LIMIT 1"); ResultSet rows = select.executeQuery()) {
            rows.next();
            statement = rows.getString(1);
        }
        io.vertx.core.http.HttpClient client = vertx.createHttpClient();
        try {
            java.util.concurrent.BlockingQueue<io.vertx.core.json.JsonObject> messages = new java.util.concurrent.LinkedBlockingQueue<>();
            io.vertx.core.http.WebSocket socket = client.webSocket(new io.vertx.core.http.WebSocketConnectOptions().setHost("localhost")
                    .setPort(io.restassured.RestAssured.port).setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                    .toCompletionStage().toCompletableFuture().get(20, java.util.concurrent.TimeUnit.SECONDS);
            socket.textMessageHandler(text -> messages.add(new io.vertx.core.json.JsonObject(text)));
            socket.writeTextMessage(new io.vertx.core.json.JsonObject().put("type", "connection_init").encode());
            assertThat(messages.poll(20, java.util.concurrent.TimeUnit.SECONDS).getString("type")).isEqualTo("connection_ack");

            // The same operation with one more field is another document.
            socket.writeTextMessage(subscribe("adhoc", listed.replace("id text", "id text cue")));
            io.vertx.core.json.JsonObject refused = messages.poll(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(refused).isNotNull();
            assertThat(refused.getString("type")).as("message %s", refused).isEqualTo("error");
            assertThat(refused.getString("id")).isEqualTo("adhoc");
            assertThat(refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("PERSISTED_QUERY_REQUIRED");

            socket.writeTextMessage(subscribe("listed", listed));
            Thread.sleep(1500); // the subscribe message is handled asynchronously
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, io.stancegraph.platform.Notifications.STATEMENT_ADDED);
                notify.setString(2, statement);
                notify.execute();
            }
            io.vertx.core.json.JsonObject next = messages.poll(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(next).as("the statement within 30 s").isNotNull();
            assertThat(next.getString("type")).as("message %s", next).isEqualTo("next");
            assertThat(next.getString("id")).isEqualTo("listed");
            assertThat(next.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded").getString("id"))
                    .isEqualTo(statement);
        } finally {
            client.close();
        }
    }

    private static String subscribe(String id, String document) {
        return new io.vertx.core.json.JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new io.vertx.core.json.JsonObject().put("query", document)).encode();
    }

    /** Who put the document on the allow-list, or null when it is not on it. */
    private String allowListed(String hash) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection
                .prepareStatement("SELECT registered_by FROM persisted_query WHERE hash = ? AND allow_listed")) {
            select.setString(1, hash);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }
}
