package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

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

    @Inject
    Vertx vertx;

    @Test
    void introspectionSwaggerUiAndOpenApiAreOffAndGraphiqlStays() {
        JsonPath introspection = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { types { name } } }")).post("/graphql").jsonPath();
        assertThat(introspection.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        // nor is the schema's text served beside the endpoint, nor does GraphiQL ask for it
        assertThat(given().get("/graphql/schema.graphql").statusCode()).isEqualTo(404);
        // nor the web client's JSDoc types, which carry the schema's descriptions; its pages still load
        assertThat(given().get("/app/generated/types.js").statusCode()).isEqualTo(404);
        assertThat(given().get("/app/main.js").statusCode()).isEqualTo(200);
        assertThat(given().get("/q/graphql-ui/render.js").then().statusCode(200).extract().asString())
                .contains("const introspectionOff = true;");
        JsonPath typename = given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename topics(first: 1) { totalCount } }")).post("/graphql").jsonPath();
        assertThat(typename.getString("data.__typename")).isEqualTo("Query");
        assertThat(given().get("/q/openapi").statusCode()).isEqualTo(404);
        assertThat(given().get("/q/swagger-ui/").statusCode()).isEqualTo(404);
        assertThat(given().get("/q/graphql-ui/").statusCode()).isEqualTo(200);
    }

    @Test
    void introspectionIsOffOverTheWebSocketToo() throws Exception {
        io.vertx.core.http.HttpClient client = vertx.createHttpClient();
        try {
            BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
            WebSocket socket = client.webSocket(new WebSocketConnectOptions().setHost("localhost").setPort(RestAssured.port)
                    .setURI("/graphql").addSubProtocol("graphql-transport-ws"))
                    .toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
            socket.textMessageHandler(text -> messages.add(new JsonObject(text)));
            socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
            assertThat(messages.poll(20, TimeUnit.SECONDS).getString("type")).isEqualTo("connection_ack");
            socket.writeTextMessage(new JsonObject().put("id", "1").put("type", "subscribe")
                    .put("payload", new JsonObject().put("query", "{ __schema { types { name } } }")).encode());
            JsonObject refused = messages.poll(20, TimeUnit.SECONDS);
            assertThat(refused).isNotNull();
            assertThat(refused.getString("type")).as("message %s", refused).isEqualTo("error");
            assertThat(refused.getJsonArray("payload").getJsonObject(0).getJsonObject("extensions").getString("code"))
                    .isEqualTo("FORBIDDEN");
        } finally {
            client.close();
        }
    }
}
