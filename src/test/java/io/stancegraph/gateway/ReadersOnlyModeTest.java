package io.stancegraph.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.stancegraph.TestIdentity;
import io.stancegraph.platform.Notifications;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.UpgradeRejectedException;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

/** Reading that needs the role reader, over HTTP and over the WebSocket alike. */
@QuarkusTest
@TestProfile(ReadersOnlyModeTest.ReadersOnly.class)
class ReadersOnlyModeTest {

    public static class ReadersOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.security.read-access", "readers");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    DataSource dataSource;

    private static WebSocketConnectOptions socket() {
        return new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port).setURI("/graphql")
                .addSubProtocol("graphql-transport-ws");
    }

    @Test
    void onlyReadersReadOverHttp() {
        assertThat(given().contentType(ContentType.JSON).body(Map.of("query", "{ topics(first: 1) { totalCount } }"))
                .post("/graphql").then().statusCode(401).extract().jsonPath().getString("errors[0].extensions.code"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(given().spec(TestIdentity.as(TestIdentity.token("someone", "reader"))).contentType(ContentType.JSON)
                .body(Map.of("query", "{ topics(first: 1) { totalCount } }")).post("/graphql")
                .then().statusCode(200).extract().jsonPath().getInt("data.topics.totalCount")).isPositive();
    }

    @Test
    void theSocketIsOpenedOnlyForAReaderWhoseSubscriptionsAreServed() throws Exception {
        HttpClient client = vertx.createHttpClient();
        try {
            assertThat(client.webSocket(socket()).toCompletionStage().toCompletableFuture())
                    .failsWithin(Duration.ofSeconds(20)).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(UpgradeRejectedException.class)
                    .satisfies(e -> assertThat(((UpgradeRejectedException) e).getStatus()).isEqualTo(401));
            assertThat(client.webSocket(socket().addHeader("Authorization", "Bearer " + TestIdentity.token("nobody")))
                    .toCompletionStage().toCompletableFuture())
                    .failsWithin(Duration.ofSeconds(20)).withThrowableOfType(ExecutionException.class)
                    .havingCause().isInstanceOf(UpgradeRejectedException.class)
                    .satisfies(e -> assertThat(((UpgradeRejectedException) e).getStatus()).isEqualTo(403));

            WebSocket socket = client.webSocket(socket().addHeader("Authorization",
                    "Bearer " + TestIdentity.token("someone", "reader"))).toCompletionStage().toCompletableFuture()
                    .get(20, TimeUnit.SECONDS);
            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertThat(messages.poll(20, TimeUnit.SECONDS).getString("type")).isEqualTo("connection_ack");
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", "subscription { statementAdded { id } }")).encode());
            Thread.sleep(1500); // the subscribe message is handled asynchronously
            String statement;
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement select = connection.prepareStatement("SELECT id FROM statement ORDER BY id LIMIT 1");
                    ResultSet rows = select.executeQuery()) {
                rows.next();
                statement = rows.getString(1);
            }
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, Notifications.STATEMENT_ADDED);
                notify.setString(2, statement);
                notify.execute();
            }
            JsonObject next = messages.poll(30, TimeUnit.SECONDS);
            assertThat(next).as("the statement within 30 s").isNotNull();
            assertThat(next.getString("type")).as("message %s", next).isEqualTo("next");
            assertThat(next.getJsonObject("payload").getJsonObject("data").getJsonObject("statementAdded").getString("id"))
                    .isEqualTo(statement);
        } finally {
            client.close();
        }
    }
}
