package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.stancegraph.platform.NotificationListener;
import io.stancegraph.platform.Notifications;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/**
 * Subscriptions over graphql-ws (protocol graphql-transport-ws), fed by PostgreSQL notices: what this replica
 * commits, and what another replica's connection announces.
 */
@QuarkusTest
class SubscriptionsTest {

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    NotificationListener listener;

    private HttpClient client;

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    /** A graphql-transport-ws connection, acknowledged; its messages arrive in the queue. */
    private record Connection(WebSocket socket, BlockingQueue<JsonObject> messages) {

        void subscribe(String id, String query, Map<String, Object> variables) throws InterruptedException {
            socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", query).put("variables", new JsonObject(variables))).encode());
            // The subscribe message is handled asynchronously; give the server a moment to attach the feed.
            Thread.sleep(1500);
        }
    }

    private Connection connect() throws Exception {
        client = vertx.createHttpClient();
        BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
        WebSocket socket = client.webSocket(new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                .setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
        assertThat(socket.subProtocol()).isEqualTo("graphql-transport-ws");
        socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        JsonObject ack = messages.poll(20, TimeUnit.SECONDS);
        assertThat(ack).isNotNull();
        assertThat(ack.getString("type")).isEqualTo("connection_ack");
        return new Connection(socket, messages);
    }

    /** A connection with one subscription whose messages arrive in the queue. */
    private BlockingQueue<JsonObject> subscribe(String query, Map<String, Object> variables) throws Exception {
        Connection connection = connect();
        connection.subscribe("1", query, variables);
        return connection.messages();
    }

    /** The first error of the graphql-ws {@code error} message that refuses operation {@code id}. */
    private static JsonObject refusal(BlockingQueue<JsonObject> messages, String id) throws InterruptedException {
        JsonObject message = messages.poll(30, TimeUnit.SECONDS);
        assertThat(message).as("a message within 30 s").isNotNull();
        assertThat(message.getString("type")).as("message %s", message).isEqualTo("error");
        assertThat(message.getString("id")).isEqualTo(id);
        return message.getJsonArray("payload").getJsonObject(0);
    }

    /** Announces stored statements as a committing write does. */
    private void announce(String... statementIds) throws Exception {
        try (java.sql.Connection connection = dataSource.getConnection();
                PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, Notifications.STATEMENT_ADDED);
            notify.setString(2, String.join(",", statementIds));
            notify.execute();
        }
    }

    private static JsonObject next(BlockingQueue<JsonObject> messages) throws InterruptedException {
        JsonObject message = messages.poll(30, TimeUnit.SECONDS);
        assertThat(message).as("a message within 30 s").isNotNull();
        assertThat(message.getString("type")).as("message %s", message).isEqualTo("next");
        assertThat(message.getJsonObject("payload").getValue("errors")).as("errors in %s", message).isNull();
        return message.getJsonObject("payload").getJsonObject("data");
    }

    @Test
    void whileTheServerCannotListenASubscriptionIsRefusedAsUnavailableAndOnceItListensAgainItIsServed() throws Exception {
        String subscription = "subscription { statementAdded { id } }";
        String url;
        String user;
        String database;
        try (java.sql.Connection service = dataSource.getConnection(); java.sql.Statement sql = service.createStatement();
                java.sql.ResultSet name = sql.executeQuery("select current_database()")) {
            name.next();
            database = '"' + name.getString(1) + '"';
            url = service.getMetaData().getURL().replaceFirst("/[^/?]+(\\?.*)?$", "/template1");
            user = service.getMetaData().getUserName();
        }
        // A database cannot be closed to new connections from a session of its own.
        try (java.sql.Connection admin = java.sql.DriverManager.getConnection(url, user,
                org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
                java.sql.Statement sql = admin.createStatement()) {
            await().atMost(Duration.ofSeconds(30)).until(listener::listening);
            sql.execute("alter database " + database + " allow_connections false");
            try {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'stancegraph-listener'");
                // The service's pool keeps the connections it has; the listener cannot get a new one.
                await().atMost(Duration.ofSeconds(30)).until(() -> !listener.listening());
                Connection connection = connect();
                connection.subscribe("1", subscription, Map.of());
                JsonObject refused = refusal(connection.messages(), "1");
                assertThat(refused.getJsonObject("extensions").getString("code")).isEqualTo("UNAVAILABLE");
                assertThat(refused.getString("message")).contains("not listening for changes").contains("subscribe again");
            } finally {
                sql.execute("alter database " + database + " allow_connections true");
            }
        }
        close();
        await().atMost(Duration.ofSeconds(60)).until(listener::listening);
        String id = GraphQL.data("{ statements(first: 1) { nodes { id } } }").getString("data.statements.nodes[0].id");
        BlockingQueue<JsonObject> messages = subscribe(subscription, Map.of());
        announce(id);
        assertThat(next(messages).getJsonObject("statementAdded").getString("id")).isEqualTo(id);
    }

    @Test
    void anIngestedArticlesStatementsReachASubscriber() throws Exception {
        BlockingQueue<JsonObject> messages = subscribe(
                "subscription($kinds: [StatementKind!]) { statementAdded(filter: {kinds: $kinds}) { id kind text article { outlet } } }",
                Map.of("kinds", List.of("DIRECT")));
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String article = "Harbour plan " + marker + "\n\nThe harbour master, Ellen Varga, said on Monday: \"We will open the "
                + "north quay to ferries by the summer, whatever the cost.\" The council has not yet agreed.\n";
        int extracted = given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(article)
                .queryParam("outlet", "Subscription Gazette").queryParam("publishedOn", "2025-06-02")
                .post("/articles").then().statusCode(201).extract().path("statementsExtracted");
        assertThat(extracted).isPositive();

        JsonObject data = next(messages);
        JsonObject statement = data.getJsonObject("statementAdded");
        assertThat(statement.getString("kind")).isEqualTo("DIRECT");
        assertThat(statement.getString("text")).contains("north quay");
        assertThat(statement.getJsonObject("article").getString("outlet")).isEqualTo("Subscription Gazette");
    }

    @Test
    void aNoticeFromAnotherReplicaReachesTheSubscriberOnlyWhenItCommits() throws Exception {
        List<Map<String, Object>> statements = GraphQL.data("{ statements(first: 40) { nodes { id speakers { id } } } }")
                .getList("data.statements.nodes");
        Map<String, Object> first = statements.stream().filter(s -> !((List<?>) s.get("speakers")).isEmpty()).findFirst().orElseThrow();
        String speaker = String.valueOf(((Map<?, ?>) ((List<?>) first.get("speakers")).get(0)).get("id"));
        String other = statements.stream().filter(s -> ((List<?>) s.get("speakers")).stream()
                .noneMatch(a -> String.valueOf(((Map<?, ?>) a).get("id")).equals(speaker)))
                .map(s -> String.valueOf(s.get("id"))).findFirst().orElseThrow();
        String mine = String.valueOf(first.get("id"));
        BlockingQueue<JsonObject> messages = subscribe(
                "subscription($speaker: ID) { statementAdded(filter: {speaker: $speaker}) { id speakers { id } } }",
                Map.of("speaker", speaker));

        // Another replica's transaction that rolls back announces nothing.
        try (java.sql.Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Notifications.publish(connection, Notifications.STATEMENT_ADDED, List.of(Long.parseLong(mine)));
            connection.rollback();
        }
        // One that commits: the statement of another speaker is filtered out, the speaker's reaches the subscriber.
        announce(other, mine);
        JsonObject statement = next(messages).getJsonObject("statementAdded");
        assertThat(statement.getString("id")).isEqualTo(mine);
        assertThat(statement.getJsonArray("speakers").stream().map(a -> ((JsonObject) a).getString("id"))).contains(speaker);
        assertThat(messages.poll(2, TimeUnit.SECONDS)).as("nothing more: the rolled-back notice never arrives").isNull();
    }

    @Test
    void anEditorsPositionReachesTheTopicsSubscribers() throws Exception {
        long starmer = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { id } }").getLong("data.actorByName.id");
        long statement = GraphQL.data("""
                query($a: ID!) { actor(id: $a) { statements(first: 1, filter: {topic: "zelensky-legitimacy"}) { id } } }""",
                Map.of("a", starmer)).getLong("data.actor.statements[0].id");
        BlockingQueue<JsonObject> messages = subscribe(
                "subscription($a: ID) { positionChanged(topic: \"zelensky-legitimacy\", actor: $a) { stance validFrom assessor actor { name } topic { slug } } }",
                Map.of("a", String.valueOf(starmer)));
        GraphQL.data("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "zelensky-legitimacy",
                    stance: SUPPORTS, validFrom: "2025-05-20", confidence: 0.7, evidenceStatementIds: [$s]}) { id } }""",
                Map.of("a", starmer, "s", statement));
        JsonObject position = next(messages).getJsonObject("positionChanged");
        assertThat(position.getString("stance")).isEqualTo("SUPPORTS");
        assertThat(position.getString("validFrom")).isEqualTo("2025-05-20");
        assertThat(position.getString("assessor")).isEqualTo("editor:test");
        assertThat(position.getJsonObject("actor").getString("name")).isEqualTo("Keir Starmer");
        assertThat(position.getJsonObject("topic").getString("slug")).isEqualTo("zelensky-legitimacy");
    }

    @Test
    void positionsAnImportStoresReachTheTopicsSubscribers() throws Exception {
        HarbourRecords harbour = HarbourRecords.create();
        BlockingQueue<JsonObject> messages = subscribe("""
                subscription($t: String) { positionChanged(topic: $t, includeSuggested: true) {
                    stance validFrom assessor reviewState actor { name } topic { slug } } }""",
                Map.of("t", harbour.tolls()));
        String batch = harbour.with(
                HarbourRecords.position(harbour.calder(), harbour.tolls(), HarbourRecords.SAID,
                        List.of(harbour.calderOnTolls()), "editor:test"),
                HarbourRecords.position(harbour.hale(), harbour.tolls(), HarbourRecords.SAID,
                        List.of(harbour.haleOnTolls()), "extractor"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(batch).when().post("/imports")
                .then().statusCode(200);

        JsonObject confirmed = next(messages).getJsonObject("positionChanged");
        assertThat(confirmed.getString("assessor")).isEqualTo("editor:test");
        assertThat(confirmed.getString("reviewState")).isEqualTo("CONFIRMED");
        assertThat(confirmed.getJsonObject("actor").getString("name")).isEqualTo(harbour.calder());
        assertThat(confirmed.getJsonObject("topic").getString("slug")).isEqualTo(harbour.tolls());
        JsonObject suggested = next(messages).getJsonObject("positionChanged");
        assertThat(suggested.getString("assessor")).isEqualTo("extractor");
        assertThat(suggested.getString("reviewState")).isEqualTo("SUGGESTED");
        assertThat(suggested.getJsonObject("actor").getString("name")).isEqualTo(harbour.hale());
    }

    @Test
    void statementsAnImportStoresReachTheSpeakersSubscribers() throws Exception {
        HarbourRecords harbour = HarbourRecords.create();
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(String.join("\n", harbour.lines().subList(0, 4)))
                .when().post("/imports").then().statusCode(200);
        String hale = GraphQL.data("query($n: String!) { actorByName(name: $n) { id } }", Map.of("n", harbour.hale()))
                .getString("data.actorByName.id");
        BlockingQueue<JsonObject> messages = subscribe("""
                subscription($s: ID) { statementAdded(filter: {speaker: $s}) { text origin speakers { name } } }""",
                Map.of("s", hale));

        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(harbour.with()).when().post("/imports")
                .then().statusCode(200);

        JsonObject statement = next(messages).getJsonObject("statementAdded");
        assertThat(statement.getString("text")).isEqualTo("Tolls pay for the quay and must stay");
        assertThat(statement.getString("origin")).isEqualTo("CURATED");
        assertThat(statement.getJsonArray("speakers").getJsonObject(0).getString("name")).isEqualTo(harbour.hale());
    }

    @Test
    void aSubscriptionTooCostlyToRunIsRefusedAndAnOrdinaryOneOnTheSameSocketIsServed() throws Exception {
        String statement = String.valueOf(GraphQL.data("{ statements(first: 1) { nodes { id } } }")
                .getLong("data.statements.nodes[0].id"));
        Connection connection = connect();
        sessionFactory.getStatistics().clear();
        connection.subscribe("costly", """
                subscription { statementAdded { speakers { statements(first: 100) { speakers { statements(first: 100) {
                    speakers { statements(first: 100) { id text } } } } } } } }""", Map.of());
        JsonObject error = refusal(connection.messages(), "costly");
        assertThat(sessionFactory.getStatistics().getPrepareStatementCount()).as("SQL run for the refused subscription").isZero();
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("QUERY_TOO_COSTLY");
        assertThat(error.getString("message")).contains("records; at most");
        assertThat(error.getJsonObject("extensions").getJsonObject("cost").getLong("nodes")).isGreaterThan(
                error.getJsonObject("extensions").getJsonObject("cost").getLong("maxNodes"));

        connection.subscribe("plain", "subscription { statementAdded { id } }", Map.of());
        announce(statement);
        JsonObject message = connection.messages().poll(30, TimeUnit.SECONDS);
        assertThat(message).as("the plain subscription's statement within 30 s").isNotNull();
        assertThat(message.getString("type")).as("message %s", message).isEqualTo("next");
        assertThat(message.getString("id")).as("only the plain subscription was attached").isEqualTo("plain");
        assertThat(message.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded").getString("id"))
                .isEqualTo(statement);
        assertThat(connection.messages().poll(2, TimeUnit.SECONDS)).as("nothing for the refused subscription").isNull();
    }

    @Test
    void aLenientIdInASubscriptionFilterIsRefusedNamingTheArgument() throws Exception {
        BlockingQueue<JsonObject> messages = subscribe(
                "subscription($speaker: ID) { statementAdded(filter: {speaker: $speaker}) { id } }", Map.of("speaker", "2abc"));
        JsonObject error = refusal(messages, "1");
        assertThat(error.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(error.getJsonObject("extensions").getString("field")).isEqualTo("statementAdded.filter.speaker");
        assertThat(error.getString("message")).contains("is not an id");
    }

    @Test
    void queriesOverTheSocketPassTheSameChecksAndMutationsAreNotTaken() throws Exception {
        Connection connection = connect();
        connection.subscribe("query", "{ actors(first: 100) { nodes { statements(first: 100) { speakers { statements(first: 100) { id } } } } } }",
                Map.of());
        assertThat(refusal(connection.messages(), "query").getJsonObject("extensions").getString("code"))
                .isEqualTo("QUERY_TOO_COSTLY");
        connection.subscribe("write", "mutation { addActorAlias(actorId: \"1\", alias: \"Never\") { aliases } }", Map.of());
        assertThat(refusal(connection.messages(), "write").getJsonObject("extensions").getString("code"))
                .isEqualTo("INVALID_INPUT");
        // Ints as the HTTP endpoint reads them: a fraction is not truncated to a page size.
        connection.subscribe("fraction", "query($n: Int) { topics(first: $n) { totalCount } }", Map.of("n", 2.5));
        JsonObject fraction = refusal(connection.messages(), "fraction");
        assertThat(fraction.getJsonObject("extensions").getString("code")).isEqualTo("INVALID_INPUT");
        assertThat(fraction.getJsonObject("extensions").getString("field")).startsWith("topics.first");
        connection.subscribe("cheap", "{ topics(first: 1) { totalCount } }", Map.of());
        JsonObject answer = connection.messages().poll(30, TimeUnit.SECONDS);
        assertThat(answer).isNotNull();
        assertThat(answer.getString("type")).as("message %s", answer).isEqualTo("next");
        assertThat(answer.getJsonObject("payload").getJsonObject("data").getJsonObject("topics").getInteger("totalCount"))
                .isPositive();
    }
}
