package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The probes of a hostile client, replayed against the running service: writes without identity or role, cross-site
 * writes, queries that would exhaust the service, lenient ids, and errors without a code.
 */
@QuarkusTest
class SecurityTest {

    private static final String RENAME = "mutation($id: ID!, $name: String!) { updateActor(id: $id, input: {name: $name}) { id name } }";

    @Inject
    SessionFactory sessionFactory;

    // ---- identity and roles

    @Test
    void anonymousWritesAreRefusedAndChangeNothing() {
        long lammy = actorId("David Lammy");
        Map<String, String> mutations = Map.of(
                "createActor", "mutation { createActor(input: {name: \"Pwned\", kind: PERSON}) { id } }",
                "updateActor", "mutation { updateActor(id: \"" + lammy + "\", input: {name: \"Pwned Putin\"}) { id } }",
                "mergeActors", "mutation { mergeActors(survivorId: \"" + actorId("Keir Starmer") + "\", duplicateId: \"" + lammy + "\") { id } }",
                "setPosition", "mutation { setPosition(input: {actorId: \"" + lammy + "\", topic: \"putin-good-faith\", stance: SUPPORTS, validFrom: \"2025-05-01\", confidence: 1, evidenceStatementIds: [\"1\"]}) { id } }",
                "ingestArticle", "mutation { ingestArticle(input: {text: \"\\\"We act,\\\" said Jo Bloggs.\", outlet: \"X\", publishedOn: \"2025-01-01\"}) { created } }");
        mutations.forEach((name, mutation) -> {
            Response response = post(anonymous(), mutation);
            assertThat(response.statusCode()).as(name).isEqualTo(401);
            assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(name).isEqualTo("UNAUTHENTICATED");
        });
        assertThat(actorId("David Lammy")).isEqualTo(lammy);

        given().contentType(ContentType.TEXT).header("X-Requested-With", "probe").body("\"We act,\" said Jo Bloggs.")
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(401)
                .body("code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"));
    }

    @Test
    void credentialsThatAreNotAcceptedAreReportedWithACodeEvenOnAnOpenRead() {
        String wrongPassword = "Basic " + Base64.getEncoder().encodeToString("admin:not the password".getBytes());
        for (String authorization : List.of("Bearer sg_wrong", "Bearer not.a.jwt", wrongPassword)) {
            for (String query : List.of("{ me { name } }", "{ actors(first: 1) { totalCount } }",
                    "mutation { createActor(input: {name: \"Pwned\", kind: PERSON}) { id } }")) {
                Response response = given().header("Authorization", authorization).contentType(ContentType.JSON)
                        .body(Map.of("query", query)).post("/graphql");
                assertThat(response.statusCode()).as(authorization + " " + query).isEqualTo(401);
                assertThat(response.contentType()).startsWith("application/json");
                assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(authorization + " " + query)
                        .isEqualTo("UNAUTHENTICATED");
                assertThat(response.jsonPath().getString("errors[0].message")).contains("credentials");
            }
            given().header("Authorization", authorization).contentType(ContentType.TEXT).header("X-Requested-With", "probe")
                    .body("\"We act,\" said Jo Bloggs.").queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                    .when().post("/articles").then().statusCode(401).contentType(ContentType.JSON)
                    .body("code", org.hamcrest.Matchers.equalTo("UNAUTHENTICATED"))
                    .body("message", org.hamcrest.Matchers.containsString("credentials"));
        }
    }

    @Test
    void aRestBodyThatIsNotJsonIsRefusedWithACode() {
        given().spec(TestIdentity.editor()).contentType(ContentType.JSON).body("{bad").when().post("/articles")
                .then().statusCode(400).contentType(ContentType.JSON)
                .body("code", org.hamcrest.Matchers.equalTo("INVALID_INPUT"))
                .body("message", org.hamcrest.Matchers.containsString("JSON"));
        given().spec(TestIdentity.editor()).contentType(ContentType.JSON).body("{\"text\": \"Said.\", \"publishedOn\": \"soon\"}")
                .when().post("/articles").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("INVALID_INPUT"))
                .body("field", org.hamcrest.Matchers.equalTo("publishedOn"))
                .body("message", org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("soon")));
    }

    @Test
    void aReaderMayNotWriteAndAnEditorMayWithTheIdentityInTheChangeLog() {
        long id = createActor("Probe Person " + UUID.randomUUID());
        JsonPath refused = post(TestIdentity.as(TestIdentity.token("rita", "reader")), RENAME,
                Map.of("id", id, "name", "Pwned")).jsonPath();
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(refused.getList("errors[0].path")).containsExactly("updateActor");

        String renamed = "Renamed Person " + UUID.randomUUID();
        String editor = TestIdentity.token("erin", "editor");
        JsonPath done = post(TestIdentity.as(editor), RENAME, Map.of("id", id, "name", renamed)).jsonPath();
        assertThat(done.getString("data.updateActor.name")).isEqualTo(renamed);

        JsonPath history = GraphQL.data("query($id: ID!) { actor(id: $id) { history { changedBy operation before after } } }",
                Map.of("id", id));
        List<Map<String, Object>> changes = history.getList("data.actor.history");
        Map<String, Object> last = changes.get(changes.size() - 1);
        assertThat(last.get("changedBy")).isEqualTo("erin");
        assertThat(last.get("operation")).isEqualTo("updateActor");
        assertThat((String) last.get("before")).contains("Probe Person");
        assertThat((String) last.get("after")).contains(renamed);

        // The change log as a whole is for admins.
        JsonPath forbidden = post(TestIdentity.as(editor), "{ changes(first: 5) { nodes { id } } }").jsonPath();
        assertThat(forbidden.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath log = post(TestIdentity.as(TestIdentity.token("ada", "admin")),
                "query($id: ID!) { changes(filter: {entityType: \"Actor\", entityId: $id}) { totalCount nodes { changedBy operation } } }",
                Map.of("id", id)).jsonPath();
        assertThat(log.getInt("data.changes.totalCount")).isEqualTo(2);
        assertThat(log.getString("data.changes.nodes[0].changedBy")).isEqualTo("erin");
    }

    @Test
    void theAssessorOfAnEditorsPositionIsTheIdentityNotTheRequest() {
        JsonPath statement = GraphQL.data(
                "{ actorByName(name: \"David Lammy\") { id statements(first: 1, filter: {topic: \"putin-good-faith\"}) { id } } }");
        String actor = statement.getString("data.actorByName.id");
        String evidence = statement.getString("data.actorByName.statements[0].id");
        String setPosition = "mutation($a: ID!, $e: ID!) { setPosition(input: {actorId: $a, topic: \"putin-good-faith\", "
                + "stance: OPPOSES, validFrom: \"2025-05-13\", confidence: 0.9, evidenceStatementIds: [$e]%s}) { assessor } }";
        JsonPath spoofed = post(TestIdentity.as(TestIdentity.token("erin", "editor")),
                setPosition.formatted(", assessor: \"editor:mallory\""), Map.of("a", actor, "e", evidence)).jsonPath();
        assertThat(spoofed.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        JsonPath set = post(TestIdentity.as(TestIdentity.token("erin", "editor")), setPosition.formatted(""),
                Map.of("a", actor, "e", evidence)).jsonPath();
        assertThat(set.getString("data.setPosition.assessor")).isEqualTo("editor:erin");
    }

    @Test
    void anImportedPositionIsSignedByTheEditorWhoImportsItAndNoOtherName() {
        JsonPath lammy = GraphQL.data("{ actorByName(name: \"David Lammy\") { id } }");
        String positions = "query($a: ID!) { actor(id: $a) { positions(topic: \"putin-good-faith\", includeSuggested: true) { assessor reviewState } } }";
        List<Object> before = GraphQL.data(positions, Map.of("a", lammy.getString("data.actorByName.id"))).getList("data.actor.positions");
        String topic = "{\"type\":\"topic\",\"slug\":\"signing-probe\",\"name\":\"Signing probe\"}";
        String forged = "{\"type\":\"position\",\"actor\":\"David Lammy\",\"topic\":\"putin-good-faith\",\"stance\":\"SUPPORTS\","
                + "\"validFrom\":\"2025-05-13\",\"assessor\":\"%s\",\"confidence\":0.99,"
                + "\"evidence\":[{\"article\":\"004_29483c680d38bcb6\",\"span\":[0,97]}]}";
        String importRecords = "mutation($lines: String!) { importRecords(lines: $lines) { created } }";
        RequestSpecification wireFeed = TestIdentity.as(TestIdentity.token("wire-feed", "ingest"));
        RequestSpecification erin = TestIdentity.as(TestIdentity.token("erin", "editor"));

        // An ingest token publishes no editor's stance, however the name is spelled; the batch stores nothing.
        for (String assessor : List.of("editor:jane", "Editor : jane", "editor:wire-feed")) {
            JsonPath refused = post(wireFeed, importRecords, Map.of("lines", topic + "\n" + forged.formatted(assessor))).jsonPath();
            assertThat(refused.getString("errors[0].extensions.code")).as(assessor).isEqualTo("FORBIDDEN");
            assertThat(refused.getString("errors[0].extensions.field")).as(assessor).isEqualTo("line 2.assessor");
            assertThat(refused.getString("errors[0].message")).as(assessor).startsWith("line 2:").contains("editor role");
        }
        // An editor signs only with their own name.
        JsonPath otherEditor = post(erin, importRecords, Map.of("lines", topic + "\n" + forged.formatted("editor:jane"))).jsonPath();
        assertThat(otherEditor.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        assertThat(otherEditor.getString("errors[0].extensions.field")).isEqualTo("line 2.assessor");
        given().spec(wireFeed).contentType(ContentType.TEXT).body(forged.formatted("editor:jane")).when().post("/imports")
                .then().statusCode(403).body("code", org.hamcrest.Matchers.equalTo("FORBIDDEN"))
                .body("field", org.hamcrest.Matchers.equalTo("line 1.assessor"));
        assertThat(GraphQL.data(positions, Map.of("a", lammy.getString("data.actorByName.id"))).getList("data.actor.positions"))
                .isEqualTo(before);
        assertThat(GraphQL.data("{ topicBySlug(slug: \"signing-probe\") { id } }").getString("data.topicBySlug")).isNull();

        // A suggestion for review may come from anyone who imports; an editor's own signature is published as confirmed.
        assertThat(post(wireFeed, importRecords, Map.of("lines", forged.formatted("extractor"))).jsonPath()
                .getInt("data.importRecords.created")).isEqualTo(1);
        assertThat(post(erin, importRecords, Map.of("lines", forged.formatted(" Editor:erin "))).jsonPath()
                .getInt("data.importRecords.created")).isEqualTo(1);
        List<Map<String, Object>> after = GraphQL.data(positions, Map.of("a", lammy.getString("data.actorByName.id")))
                .getList("data.actor.positions");
        assertThat(after).hasSize(before.size() + 2)
                .contains(Map.of("assessor", "extractor", "reviewState", "SUGGESTED"),
                        Map.of("assessor", "editor:erin", "reviewState", "CONFIRMED"))
                .noneMatch(position -> "editor:jane".equals(position.get("assessor")));
    }

    @Test
    void adminsMakeUsersAndApiTokensThatWorkUntilRevoked() {
        RequestSpecification admin = TestIdentity.as(TestIdentity.token("ada", "admin"));
        String username = "editor" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath user = post(admin, "mutation($u: String!) { createUser(input: {username: $u, password: \"correct horse battery\", roles: [\"editor\"]}) { username roles } }",
                Map.of("u", username)).jsonPath();
        assertThat(user.getList("data.createUser.roles")).containsExactly("editor");
        String basic = "Basic " + Base64.getEncoder().encodeToString((username + ":correct horse battery").getBytes());
        JsonPath me = given().header("Authorization", basic).contentType(ContentType.JSON)
                .body(Map.of("query", "{ me { authenticated name roles } }")).post("/graphql").jsonPath();
        assertThat(me.getString("data.me.name")).isEqualTo(username);
        assertThat(me.getList("data.me.roles")).contains("editor", "reader");
        given().header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":wrong").getBytes()))
                .contentType(ContentType.JSON).body(Map.of("query", "{ me { name } }")).post("/graphql").then().statusCode(401);

        JsonPath token = post(admin, "mutation { createApiToken(input: {name: \"wire feed\", owner: \"wire-bot\", roles: [\"ingest\"]}) { id token owner } }").jsonPath();
        String secret = token.getString("data.createApiToken.token");
        assertThat(secret).startsWith("sg_");
        RequestSpecification bot = TestIdentity.as(secret);
        given().spec(bot).contentType(ContentType.TEXT).body("\"We will act now,\" said Jo Bloggs " + UUID.randomUUID() + ".")
                .queryParam("outlet", "Wire").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(201);
        // An ingest token cannot edit.
        assertThat(post(bot, RENAME, Map.of("id", actorId("David Lammy"), "name", "Pwned")).jsonPath()
                .getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        JsonPath ingestions = post(admin, "{ changes(filter: {changedBy: \"wire-bot\"}) { nodes { operation entityType } } }").jsonPath();
        assertThat(ingestions.getString("data.changes.nodes[0].operation")).isEqualTo("POST /articles");

        post(admin, "mutation($id: ID!) { revokeApiToken(id: $id) }", Map.of("id", token.getString("data.createApiToken.id")));
        given().spec(bot).contentType(ContentType.JSON).body(Map.of("query", "{ me { name } }")).post("/graphql")
                .then().statusCode(401);
    }

    // ---- cross-site writes

    @Test
    void writesInContentTypesABrowserSendsCrossSiteAreRefusedWithoutAHeaderOfTheirOwn() {
        long lammy = actorId("David Lammy");
        String mutation = "mutation { updateActor(id: \"" + lammy + "\", input: {name: \"Pwned Putin\"}) { id } }";
        String json = "{\"query\": \"" + mutation.replace("\"", "\\\"") + "\", \"padding\": \"=\"}";
        Map<String, String> bodies = Map.of(
                "text/plain", json,
                "application/x-www-form-urlencoded", json,
                "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"query\"\r\n\r\n" + mutation + "\r\n--x--\r\n",
                "application/graphql", mutation);
        bodies.forEach((type, body) -> {
            Response response = given().header("Authorization", "Bearer " + TestIdentity.editorToken())
                    .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                            .encodeContentTypeAs(type.split(";")[0], ContentType.TEXT)))
                    .contentType(type).body(body).post("/graphql");
            assertThat(response.statusCode()).as(type).isEqualTo(400);
            assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(type).isEqualTo("INVALID_INPUT");
            assertThat(response.jsonPath().getString("errors[0].message")).as(type).contains("cross-site");
        });
        given().contentType(ContentType.TEXT).body("\"We act,\" said Jo Bloggs.").header("Authorization", "Bearer " + TestIdentity.editorToken())
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400);
        assertThat(actorId("David Lammy")).isEqualTo(lammy);
        // With a header of its own, application/graphql is a script's request and runs.
        Response graphql = given().header("Authorization", "Bearer " + TestIdentity.editorToken()).header("X-Requested-With", "script")
                .config(io.restassured.RestAssured.config().encoderConfig(io.restassured.config.EncoderConfig.encoderConfig()
                        .encodeContentTypeAs("application/graphql", ContentType.TEXT)))
                .contentType("application/graphql").body("{ actorByName(name: \"David Lammy\") { id } }").post("/graphql");
        assertThat(graphql.jsonPath().getLong("data.actorByName.id")).isEqualTo(lammy);
    }

    // ---- bounded cost

    @Test
    void queriesThatWouldFetchTooMuchAreRefusedBeforeAnySql() {
        String fourLevels = "{ actors(first: 100) { nodes { statements(first: 100) { speakers { statements(first: 100) { text speakers { name } } } } } } }";
        assertTooCostly(fourLevels, "records");

        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            aliases.append(" t").append(i).append(": topics(first: 1) { totalCount }");
        }
        assertTooCostly(aliases.append(" }").toString(), "aliases");

        assertTooCostly("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }", "introspection");
    }

    @Test
    void aConnectionsPageCountsOnceWhetherReadAsNodesOrEdges() {
        // 100 actors and 100 statements for each: 10,100 records, six times over.
        for (String page : List.of("nodes { statements(first: 100) { id } }", "edges { node { statements(first: 100) { id } } }")) {
            StringBuilder aliases = new StringBuilder("{");
            for (int i = 0; i < 6; i++) {
                aliases.append(" a").append(i).append(": actors(first: 100) { ").append(page).append(" }");
            }
            JsonPath refused = GraphQL.query(aliases.append(" }").toString());
            assertThat(refused.getString("errors[0].extensions.code")).as(page).isEqualTo("QUERY_TOO_COSTLY");
            assertThat(refused.getLong("errors[0].extensions.cost.nodes")).as(page).isEqualTo(60_600);
        }
        // Four of them, 40,400 records, are within the limit.
        JsonPath answered = GraphQL.query("{ a: actors(first: 100) { nodes { statements(first: 100) { id } } }"
                + " b: actors(first: 100) { edges { node { statements(first: 100) { id } } } }"
                + " c: actors(first: 100) { nodes { statements(first: 100) { id } } }"
                + " d: actors(first: 100) { nodes { statements(first: 100) { id } } } }");
        assertThat(answered.getList("errors")).isNull();
    }

    @Test
    void methodsOtherThanGetAndPostAreRefusedSayingWhichAreAllowed() {
        for (String method : List.of("PUT", "DELETE", "PATCH")) {
            Response response = given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }"))
                    .request(method, "/graphql");
            assertThat(response.statusCode()).as(method).isEqualTo(405);
            assertThat(response.header("Allow")).as(method).isEqualTo("GET, POST");
            assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(method).isEqualTo("INVALID_INPUT");
        }
        // A CORS preflight is not refused by the endpoint.
        assertThat(given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "POST")
                .options("/graphql").statusCode()).isNotEqualTo(405);
    }

    @Test
    void aGetThatOnlyClaimsAWebSocketUpgradeIsNoWayPastTheLimits() {
        String fourLevels = "{ actors(first: 100) { nodes { statements(first: 100) { speakers { statements(first: 100) { text speakers { name } } } } } } }";
        Response response = given().header("Upgrade", "websocket").header("Connection", "Upgrade")
                .queryParam("query", fourLevels).get("/graphql");
        // The gate lets upgrades through to the WebSocket handler; one that is not a handshake goes no further.
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.asString()).doesNotContain("data");
    }

    @Test
    void theStandardIntrospectionQueryIsAnswered() {
        // As graphql-js's getIntrospectionQuery() builds it, which GraphiQL and most client tools send.
        String introspection = """
                query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
                  types { ...FullType } directives { name description locations args { ...InputValue } } } }
                fragment FullType on __Type { kind name description
                  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
                  inputFields { ...InputValue } interfaces { ...TypeRef }
                  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
                fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
                fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
                  ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }""";
        JsonPath answer = GraphQL.data(introspection);
        assertThat(answer.getList("data.__schema.types.name")).contains("Actor", "Statement", "Query", "Mutation");
    }

    // ---- strict ids

    @Test
    void idsThatAreNotCanonicalPositiveDecimalsAreRefusedNamingTheArgument() {
        for (String id : List.of("2abc", "1.9", "３", "18446744073709551619", "0", "007", "-1", " 2", "")) {
            JsonPath response = GraphQL.query("query($id: ID!) { actor(id: $id) { name } }", Map.of("id", id));
            assertThat(response.getString("errors[0].extensions.code")).as(id).isEqualTo("INVALID_INPUT");
            assertThat(response.getString("errors[0].extensions.field")).as(id).isEqualTo("actor.id");
            assertThat(response.getString("data")).as(id).isNull();
        }
        long duplicate = createActor("Typo Target " + UUID.randomUUID());
        JsonPath merge = GraphQL.query("mutation($s: ID!, $d: ID!) { mergeActors(survivorId: $s, duplicateId: $d) { id } }",
                Map.of("s", String.valueOf(actorId("Keir Starmer")), "d", duplicate + " -- typo"));
        assertThat(merge.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(merge.getString("errors[0].extensions.field")).isEqualTo("mergeActors.duplicateId");
        assertThat(GraphQL.data("query($id: ID!) { actor(id: $id) { id } }", Map.of("id", duplicate))
                .getLong("data.actor.id")).isEqualTo(duplicate);
    }

    // ---- one error contract

    @Test
    void impossibleDatesGetOneInvalidInputErrorThatDoesNotEchoTheInput() {
        JsonPath response = GraphQL.query("{ statements(filter: {from: \"2025-02-30\", kinds: [DIRECT]}) { totalCount } }");
        assertThat(response.getList("errors")).hasSize(1);
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].message")).doesNotContain("kinds").doesNotContain("DIRECT");

        JsonPath variable = GraphQL.query("query($from: Date) { statements(filter: {from: $from}) { totalCount } }",
                Map.of("from", "2025-02-30"));
        assertThat(variable.getList("errors")).hasSize(1);
        assertThat(variable.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(variable.getString("errors[0].extensions.field")).isEqualTo("statements.filter.from");
    }

    @Test
    void nullsInListsAreInvalidInput() {
        JsonPath response = GraphQL.query("mutation { createActor(input: {name: \"Null Alias " + UUID.randomUUID() + "\", kind: PERSON, aliases: [null]}) { id } }");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("createActor.input.aliases[0]");
    }

    @Test
    void losingAUniqueNameRaceIsAConflict() throws Exception {
        String name = "Raced Name " + UUID.randomUUID();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<JsonPath>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<JsonPath> create = () -> GraphQL.query("mutation($n: String!) { createActor(input: {name: $n, kind: PERSON}) { id } }",
                        Map.of("n", name));
                answers.add(pool.submit(create));
            }
            int created = 0;
            for (Future<JsonPath> answer : answers) {
                JsonPath response = answer.get(60, TimeUnit.SECONDS);
                if (response.get("errors") == null) {
                    created++;
                } else {
                    assertThat(response.getString("errors[0].extensions.code")).isEqualTo("CONFLICT");
                }
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void malformedAndTooDeepJsonGetA400WithAJsonBody() {
        Response malformed = given().contentType(ContentType.JSON).body("{\"query\": ").post("/graphql");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");

        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        Response tooDeep = given().contentType(ContentType.JSON).body("{\"query\": \"{ topics { totalCount } }\", \"variables\": " + deep + "}")
                .post("/graphql");
        assertThat(tooDeep.statusCode()).isEqualTo(400);
        assertThat(tooDeep.contentType()).contains("json");
        assertThat(tooDeep.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");

        Response noQuery = given().contentType(ContentType.JSON).body("{}").post("/graphql");
        assertThat(noQuery.statusCode()).isEqualTo(400);
    }

    @Test
    void graphqlResponseClientsGetTheSpecsStatusCodes() {
        Response invalid = given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .body(Map.of("query", "{ nope }")).post("/graphql");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.contentType()).startsWith("application/graphql-response+json");
        Response legacy = given().contentType(ContentType.JSON).body(Map.of("query", "{ nope }")).post("/graphql");
        assertThat(legacy.statusCode()).isEqualTo(200);
        assertThat(legacy.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
    }

    @Test
    void clientErrorsAreLoggedInOneLineWithoutAStackTrace() throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of("target/quarkus-test.log");
        long before = java.nio.file.Files.size(log);
        JsonPath missing = GraphQL.query("mutation { addActorAlias(actorId: \"999999998\", alias: \"Nobody\") { id } }");
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        JsonPath forbidden = post(TestIdentity.as(TestIdentity.token("rita", "reader")),
                "mutation { addActorAlias(actorId: \"1\", alias: \"Nobody\") { id } }").jsonPath();
        assertThat(forbidden.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");
        Thread.sleep(300); // the file handler writes asynchronously to the request
        String written;
        try (var file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(before);
            byte[] bytes = new byte[(int) (file.length() - before)];
            file.readFully(bytes);
            written = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(written.lines().filter(line -> line.contains("refused"))).hasSize(2);
        assertThat(written).doesNotContain("\tat ").doesNotContain("Caused by");
    }

    // ---- helpers

    private void assertTooCostly(String query, String why) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        long start = System.nanoTime();
        Response response = given().contentType(ContentType.JSON).body(Map.of("query", query)).post("/graphql");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(response.jsonPath().getString("errors[0].extensions.code")).as(why).isEqualTo("QUERY_TOO_COSTLY");
        assertThat(response.jsonPath().getString("errors[0].message")).as(why).contains(why);
        assertThat(response.header("Stancegraph-Execution")).isNull();
        assertThat(statistics.getPrepareStatementCount()).as("SQL run for " + why).isZero();
        // A loose bound: the refusal happens before any work, not after a long run.
        assertThat(millis).as(why).isLessThan(5_000);
    }

    private static RequestSpecification anonymous() {
        return new io.restassured.builder.RequestSpecBuilder().build();
    }

    private static Response post(RequestSpecification as, String query) {
        return post(as, query, Map.of());
    }

    private static Response post(RequestSpecification as, String query, Map<String, Object> variables) {
        return given().spec(as).contentType(ContentType.JSON).body(Map.of("query", query, "variables", variables)).post("/graphql");
    }

    private static long actorId(String name) {
        return GraphQL.data("query($n: String!) { actorByName(name: $n) { id } }", Map.of("n", name)).getLong("data.actorByName.id");
    }

    private static long createActor(String name) {
        return GraphQL.data("mutation($n: String!) { createActor(input: {name: $n, kind: PERSON}) { id } }", Map.of("n", name))
                .getLong("data.createActor.id");
    }
}
