package io.stancegraph.ingest;

import io.stancegraph.TestIdentity;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.not;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.stancegraph.GraphQL;
import io.stancegraph.extraction.AttributionConfidence;
import io.stancegraph.tools.EvaluateCommand;

/** Articles in through the API, statements out through GraphQL, on a database that holds only ingested data. */
@QuarkusTest
@TestProfile(IngestedCorpusProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestionTest {

    static final Path SEEDS = Path.of("src/main/resources/sample/articles");
    static final Path GOLD = Path.of("../shared/gold/seeds.jsonl");

    private static boolean ingested;

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @BeforeEach
    void ingestTheSeedArticlesOnce() throws IOException {
        if (ingested) {
            return;
        }
        ingested = true;
        GraphQL.data("""
                mutation { createTopic(input: {slug: "us-security-guarantee", name: "US security guarantee",
                    keywords: ["security guarantee", "security guarantees", "backstop"]}) { id } }""");
        GraphQL.data("""
                mutation { createTopic(input: {slug: "ukraine-at-the-table", name: "Ukraine at the table",
                    keywords: ["at the table", "seat at the table", "involved in any", "negotiations about ukraine",
                               "no decisions about ukraine", "without ukraine"]}) { id } }""");
        // The register knows who the Prime Minister is, as a newsroom's does: the seeds call him by his office alone, and
        // a holder guessed from the article would be shown as doubtful, with whatever goes on with him.
        String starmer = GraphQL.data("""
                mutation { createActor(input: {name: "Keir Starmer", kind: PERSON, country: "GB"}) { id } }""")
                .getString("data.createActor.id");
        GraphQL.data("""
                mutation($a: ID!) { setActorOffice(input: {actorId: $a, post: "Prime Minister of the United Kingdom",
                    from: "2024-07-05"}) { id } }""", Map.of("a", starmer));
        for (Path file : seedFiles()) {
            String key = file.getFileName().toString().replace(".txt", "");
            given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(file))
                    .queryParam("outlet", "The Independent").queryParam("key", key)
                    .when().post("/articles")
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(201), equalTo(200)));
        }
    }

    @Test
    @Order(1)
    void ingestedSeedsScoreAsTheEvaluationCommandReports() throws IOException {
        Assumptions.assumeTrue(Files.exists(GOLD), "the gold annotations sit beside the project");
        Path predicted = Files.createTempFile("ingested", ".jsonl");
        Files.write(predicted, ingestedStatementsAsGoldLines(), StandardCharsets.UTF_8);

        String throughTheApi = evaluate("--gold", GOLD.toString(), "--predicted", predicted.toString(),
                "--min-f1-direct", "0.95", "--min-f1-other", "0.85", "--min-attribution", "0.95");
        String straightFromTheFiles = evaluate("--gold", GOLD.toString(), "--articles", SEEDS.toString());

        assertThat(scoreTable(throughTheApi)).isEqualTo(scoreTable(straightFromTheFiles)).isNotEmpty();
    }

    @Test
    @Order(1)
    void extractedStatementsAreTaggedWithTopicsByKeyword() {
        JsonPath tagged = GraphQL.data("""
                { statements(first: 100, filter: {topic: "us-security-guarantee"}) {
                    totalCount nodes { text origin topics { slug } } } }""");
        List<String> texts = tagged.getList("data.statements.nodes.text");
        assertThat(texts).isNotEmpty()
                .allSatisfy(text -> assertThat(text.toLowerCase()).containsAnyOf("security guarantee", "backstop"));
        assertThat(tagged.getList("data.statements.nodes.origin")).containsOnly("EXTRACTED");
        assertThat(tagged.getList("data.statements.nodes.topics.slug", List.class))
                .allSatisfy(slugs -> assertThat(slugs).contains("us-security-guarantee"));
    }

    @Test
    @Order(2)
    void sameTextAgainIsStoredOnce() throws IOException {
        Path file = seedFiles().get(4);
        int before = articleCount();
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(file)).queryParam("outlet", "The Independent")
                .when().post("/articles")
                .then().statusCode(200).body("created", equalTo(false)).body("statementsExtracted", equalTo(0));
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    @Order(3)
    void productQueriesAnswerFromIngestedData() {
        JsonPath lammy = GraphQL.data("""
                { actorByName(name: "Mr Lammy") { name offices { post }
                    statements(first: 50) { kind text saidOn datedOn event { name kind } article { key } } } }""");
        assertThat(lammy.getString("data.actorByName.name")).isEqualTo("David Lammy");
        List<Map<String, Object>> statements = lammy.getList("data.actorByName.statements");
        Map<String, Object> prevaricating = statements.stream()
                .filter(statement -> ((String) statement.get("text")).contains("“prevaricating”")).findFirst().orElseThrow();
        // "has said" gives no day of its own; the statement is dated by its article.
        assertThat(prevaricating).containsEntry("datedOn", "2025-05-13");
        assertThat(((Map<?, ?>) prevaricating.get("article")).get("key")).isEqualTo("004_29483c680d38bcb6");

        JsonPath article = GraphQL.data("""
                { articleByKey(key: "004_29483c680d38bcb6") { statements { span { start } speakers { name } } events { name } } }""");
        List<Integer> starts = article.getList("data.articleByKey.statements.span.start");
        assertThat(starts).hasSizeGreaterThan(5).isSorted();

        JsonPath search = GraphQL.data("""
                { searchStatements(query: "security guarantee") { totalCount edges { node { speakers { name } } } } }""");
        assertThat(search.getInt("data.searchStatements.totalCount")).isPositive();

        JsonPath events = GraphQL.data("""
                { events(first: 100) { nodes { name kind participants { name } articles { key } statements { text } } } }""");
        List<Map<String, Object>> nodes = events.getList("data.events.nodes");
        assertThat(nodes).anySatisfy(event -> {
            assertThat((String) event.get("name")).contains("Foreign Office questions");
            assertThat((List<?>) event.get("statements")).isNotEmpty();
        });
    }

    /**
     * Query 2 of the brief on ingested data only. What the articles say: on Thursday 13 February Sir Keir Starmer
     * "insisted ... that Ukraine must be fully involved in any peace negotiation" (000, published the Friday), and at
     * the Scottish Labour conference on Sunday 23 February said "there can be no discussion about Ukraine without
     * Ukraine" (001); the same Thursday Mr Trump said Ukraine "would have a seat at the table" (000), and John Healey
     * told Nato defence ministers "there can be no negotiation about Ukraine without Ukraine" (002). All for Ukraine
     * at the table, none against.
     */
    @Test
    @Order(3)
    void topicPositionsComeFromIngestedStatementsWithTheirEvidence() {
        JsonPath topic = GraphQL.data("""
                { topicBySlug(slug: "ukraine-at-the-table") { name
                    positions(includeSuggested: true) { stance validFrom confidence assessor note reviewState published actor { name }
                      evidence { text saidOn datedOn event { name } article { key outlet publishedOn } } } } }""");
        List<Map<String, Object>> positions = topic.getList("data.topicBySlug.positions");
        assertThat(topic.getList("data.topicBySlug.positions.actor.name", String.class))
                .containsExactly("Donald Trump", "John Healey", "Keir Starmer");
        assertThat(positions).allSatisfy(position -> {
            assertThat(position).containsEntry("stance", "SUPPORTS").containsEntry("assessor", "extractor")
                    .containsEntry("reviewState", "SUGGESTED");
            // Published unreviewed exactly when the calibrated confidence reaches the threshold (0.85 by default).
            assertThat(position.get("published")).isEqualTo(((Number) position.get("confidence")).doubleValue() >= 0.85);
            assertThat(((Number) position.get("confidence")).doubleValue()).isBetween(0.3, 0.95);
            assertThat((String) position.get("note")).contains("statement");
        });

        // The conference quote reaches Sir Keir through the Prime Minister's title; whether it is doubtful and whether
        // it is evidence follow the confidence table's figure for its speaker rule, not a fixed expectation.
        JsonPath conference = GraphQL.data("""
                { searchStatements(first: 5, query: "\\"no discussion about Ukraine without Ukraine\\"") { edges { node {
                    text speakerRule speakerDoubtful attributionConfidence speakers { name } event { name } } } } }""");
        Map<String, Object> quote = conference.<Map<String, Object>>getList("data.searchStatements.edges.node").stream()
                .filter(node -> ((List<?>) node.get("speakers")).toString().contains("Keir Starmer")).findFirst().orElseThrow();
        double quoteConfidence = AttributionConfidence.of((String) quote.get("speakerRule"));
        boolean doubtful = quoteConfidence < 0.8;
        assertThat(quote).containsEntry("speakerDoubtful", doubtful);
        assertThat(((Number) quote.get("attributionConfidence")).doubleValue()).isCloseTo(quoteConfidence, within(1e-6));

        Map<String, Object> starmer = positions.get(2);
        assertThat(starmer).containsEntry("validFrom", "2025-02-13");
        List<Map<String, Object>> evidence = (List<Map<String, Object>>) starmer.get("evidence");
        // Positions take as evidence only statements whose attribution confidence reaches
        // stancegraph.positions.min-attribution-confidence (0.8 by default): never one whose speaker is shown as doubtful.
        assertThat(evidence).hasSize(doubtful ? 1 : 2);
        assertThat(evidence.get(0)).containsEntry("text", "Ukraine must be fully involved in any peace negotiation")
                .containsEntry("saidOn", "2025-02-13").containsEntry("event", null);
        assertThat((Map<String, Object>) evidence.get(0).get("article")).containsEntry("key", "000_18dbcb358185bba2")
                .containsEntry("publishedOn", "2025-02-14").containsEntry("outlet", "The Independent");
        assertThat((String) ((Map<?, ?>) quote.get("event")).get("name")).contains("Scottish Labour conference");

        Map<String, Object> trump = positions.get(0);
        assertThat(trump).containsEntry("validFrom", "2025-02-13");
        assertThat(((List<Map<String, Object>>) trump.get("evidence"))).extracting(statement -> statement.get("text"))
                .containsExactly("it would have a seat at the table");

        // The same from the actor's side: the Sun on Sunday article (003) says a US security guarantee is needed. (What
        // 001 reports of him on it is evidence only if the confidence table trusts its speaker rule to 0.7.)
        JsonPath starmerOnGuarantees = GraphQL.data("""
                { actorByName(name: "Sir Keir Starmer") { positions(topic: "us-security-guarantee", assessor: "extractor", includeSuggested: true) {
                    stance validFrom evidence { medium speakerRule article { key } } } } }""");
        List<Map<String, Object>> guarantees = starmerOnGuarantees.getList("data.actorByName.positions");
        assertThat(guarantees).hasSize(1);
        assertThat(guarantees.get(0)).containsEntry("stance", "SUPPORTS").containsEntry("validFrom", "2025-02-23");
        assertThat(starmerOnGuarantees.getList("data.actorByName.positions[0].evidence.article.key", String.class))
                .contains("003_61c9e6615280864e").isSubsetOf("003_61c9e6615280864e", "001_7a7d3776cb5ccbdd");
        assertThat(starmerOnGuarantees.getList("data.actorByName.positions[0].evidence.speakerRule", String.class))
                .isNotEmpty().allSatisfy(rule -> assertThat(AttributionConfidence.of(rule)).isGreaterThanOrEqualTo(0.7));
        assertThat(starmerOnGuarantees.getList("data.actorByName.positions[0].evidence.medium", String.class))
                .contains("The Sun on Sunday");
    }

    @Test
    @Order(3)
    void ingestingAgainLeavesThePositionsAsTheyWere() throws Exception {
        String everyExtractedPosition = """
                { positions(first: 100, filter: {assessor: "extractor", includeSuggested: true}) { totalCount nodes {
                    actor { name } topic { slug } stance validFrom confidence note evidence { text article { key } } } } }""";
        List<String> before = positionsWithEvidence(GraphQL.data(everyExtractedPosition));
        assertThat(GraphQL.data(everyExtractedPosition).getInt("data.positions.totalCount")).isGreaterThanOrEqualTo(4);

        for (String key : List.of("001_7a7d3776cb5ccbdd", "000_18dbcb358185bba2")) {
            given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(SEEDS.resolve(key + ".txt")))
                    .queryParam("outlet", "The Independent").queryParam("extractAgain", true)
                    .when().post("/articles").then().statusCode(200).body("statementsExtracted", greaterThan(0));
        }
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(SEEDS.resolve("002_9e1897877990e860.txt")))
                .queryParam("outlet", "The Independent").when().post("/articles").then().statusCode(200);

        assertThat(positionsWithEvidence(GraphQL.data(everyExtractedPosition))).isEqualTo(before);
        // Each statement's stance on a topic is judged once and kept with its tag, by the current rules.
        try (java.sql.Connection connection = dataSource.getConnection();
                java.sql.ResultSet counts = connection.createStatement().executeQuery("""
                        select count(*), count(*) filter (where stance is not null and stance_version = %d)
                        from statement_topic""".formatted(io.stancegraph.stance.StanceAssessor.VERSION))) {
            counts.next();
            assertThat(counts.getInt(1)).isPositive();
            assertThat(counts.getInt(2)).isEqualTo(counts.getInt(1));
        }
    }

    /**
     * Each position as one line with its evidence sorted: statements extracted again get new ids, so two of the
     * same date may come back in the other order.
     */
    private static List<String> positionsWithEvidence(JsonPath positions) {
        List<Map<String, Object>> nodes = positions.getList("data.positions.nodes");
        return nodes.stream().map(node -> {
            Map<String, Object> position = new LinkedHashMap<>(node);
            List<Map<String, Object>> evidence = (List<Map<String, Object>>) position.remove("evidence");
            return position + " " + evidence.stream().map(Object::toString).sorted().toList();
        }).toList();
    }

    @Test
    @Order(3)
    void anEditorsPositionOutranksTheExtractorsAndSurvivesReExtraction() throws IOException {
        JsonPath starmer = GraphQL.data("""
                { actorByName(name: "Keir Starmer") { id
                    positions(topic: "us-security-guarantee", assessor: "extractor", includeSuggested: true) {
                      evidence { id article { key } } } } }""");
        long actorId = starmer.getLong("data.actorByName.id");
        List<Map<String, Object>> extracted = starmer.getList("data.actorByName.positions[0].evidence");
        long sunOnSunday = extracted.stream().filter(statement -> ((Map<?, ?>) statement.get("article")).get("key")
                .equals("003_61c9e6615280864e")).map(statement -> Long.parseLong(statement.get("id").toString()))
                .findFirst().orElseThrow();

        // The assessor is the signed-in editor: a request cannot pass itself off as the extractor.
        JsonPath refused = GraphQL.query("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "us-security-guarantee",
                    stance: OPPOSES, validFrom: "2025-02-20", assessor: "extractor", confidence: 0.8,
                    evidenceStatementIds: [$s]}) { id } }""", Map.of("a", actorId, "s", sunOnSunday));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(refused.getString("errors[0].extensions.field")).isEqualTo("input.assessor");

        GraphQL.data("""
                mutation($a: ID!, $s: ID!) { setPosition(input: {actorId: $a, topic: "us-security-guarantee",
                    stance: MIXED, validFrom: "2025-02-23", confidence: 0.8,
                    evidenceStatementIds: [$s], note: "Wants a guarantee, doubts it will come"}) { id } }""",
                Map.of("a", actorId, "s", sunOnSunday));
        String current = """
                { topicBySlug(slug: "us-security-guarantee") { positions { stance validFrom assessor actor { name } evidence { id } } } }""";
        // The extractor's SUPPORTS holds from the same day (the article's), but the editor's assessment is the current one.
        assertThat(starmersPositions(GraphQL.data(current))).singleElement().satisfies(position -> {
            assertThat(position).containsEntry("stance", "MIXED").containsEntry("assessor", "editor:test");
        });

        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(SEEDS.resolve("003_61c9e6615280864e.txt")))
                .queryParam("outlet", "The Independent").queryParam("extractAgain", true)
                .when().post("/articles").then().statusCode(200).body("statementsSkippedForCuration", greaterThan(0));

        List<Map<String, Object>> after = starmersPositions(GraphQL.data(current));
        assertThat(after).singleElement().satisfies(position -> {
            assertThat(position).containsEntry("stance", "MIXED").containsEntry("validFrom", "2025-02-23");
            assertThat(position.get("evidence")).isEqualTo(List.of(Map.of("id", String.valueOf(sunOnSunday))));
        });
        JsonPath history = GraphQL.data("""
                { topicBySlug(slug: "us-security-guarantee") { positions(currentOnly: false, includeSuggested: true) { stance assessor actor { name } } } }""");
        assertThat(starmersPositions(history)).extracting(position -> position.get("assessor") + " " + position.get("stance"))
                .containsExactlyInAnyOrder("editor:test MIXED", "extractor SUPPORTS");
        JsonPath extractorsView = GraphQL.data("""
                { topicBySlug(slug: "us-security-guarantee") { positions(assessor: "extractor", includeSuggested: true) { stance actor { name } } } }""");
        assertThat(starmersPositions(extractorsView)).extracting(position -> position.get("stance")).containsExactly("SUPPORTS");
    }

    private static List<Map<String, Object>> starmersPositions(JsonPath topic) {
        List<Map<String, Object>> positions = topic.getList("data.topicBySlug.positions");
        return positions.stream().filter(position -> ((Map<?, ?>) position.get("actor")).get("name").equals("Keir Starmer"))
                .toList();
    }

    @Test
    @Order(3)
    void everyExtractedStatementCarriesTheRuleThatChoseItsSpeakersAndHowFarToTrustIt() {
        String query = """
                { articleByKey(key: "000_18dbcb358185bba2") { statements { id origin speakerRule attributionConfidence speakerDoubtful } } }""";
        List<Map<String, Object>> compiled = GraphQL.data(query).getList("data.articleByKey.statements");
        List<Map<String, Object>> resolved = GraphQL.byResolvers(query, Map.of()).getList("data.articleByKey.statements");
        assertThat(compiled).isEqualTo(resolved).isNotEmpty();
        for (Map<String, Object> statement : compiled.stream().filter(s -> s.get("origin").equals("EXTRACTED")).toList()) {
            String rule = (String) statement.get("speakerRule");
            assertThat(rule).as("statement %s", statement.get("id")).isNotBlank();
            double confidence = AttributionConfidence.of(rule);
            assertThat(((Number) statement.get("attributionConfidence")).doubleValue()).isCloseTo(confidence, within(1e-6));
            assertThat(statement.get("speakerDoubtful")).isEqualTo(confidence < 0.8);
        }
        // Editors can list the doubtful ones first; both read paths answer alike.
        String filtered = """
                query($doubtful: Boolean) {
                  statements(first: 100, filter: {speakerDoubtful: $doubtful}) { totalCount nodes { speakerDoubtful } }
                }""";
        int all = GraphQL.data(filtered, java.util.Collections.singletonMap("doubtful", null)).getInt("data.statements.totalCount");
        int doubtful = 0;
        for (boolean wanted : List.of(true, false)) {
            JsonPath answer = GraphQL.data(filtered, Map.of("doubtful", wanted));
            assertThat(answer.getMap("data")).isEqualTo(GraphQL.byResolvers(filtered, Map.of("doubtful", wanted)).getMap("data"));
            assertThat(answer.getList("data.statements.nodes.speakerDoubtful", Boolean.class))
                    .isNotEmpty().allSatisfy(value -> assertThat(Boolean.TRUE.equals(value)).isEqualTo(wanted));
            doubtful += wanted ? answer.getInt("data.statements.totalCount") : 0;
            all -= answer.getInt("data.statements.totalCount");
        }
        assertThat(all).isZero();
        assertThat(doubtful).isPositive();
        // An organisation noun resolved to the last organisation named is doubtful; a full name right before the cue is not.
        assertThat(AttributionConfidence.of("subject-before-cue/organisation-noun:last-organisation")).isLessThan(0.8);
        assertThat(AttributionConfidence.of("subject-before-cue/name:full")).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    @Order(4)
    void extractingAgainKeepsAnEditorsCorrection() throws IOException {
        JsonPath article = GraphQL.data("""
                { articleByKey(key: "000_18dbcb358185bba2") { statements { id text origin speakers { id name } } } }""");
        Map<String, Object> first = article.getList("data.articleByKey.statements", Map.class).get(0);
        long statementId = Long.parseLong(first.get("id").toString());
        long editorsChoice = GraphQL.data("mutation { createActor(input: {name: \"Editor's Choice Speaker\", kind: PERSON}) { id } }")
                .getLong("data.createActor.id");
        JsonPath correction = GraphQL.data("""
                mutation($s: ID!, $a: ID!) {
                  correctStatementSpeakers(input: {statementId: $s, speakerIds: [$a]}) { id speakerRule attributionConfidence speakerDoubtful }
                }""", Map.of("s", statementId, "a", editorsChoice));
        assertThat(correction.getMap("data.correctStatementSpeakers")).containsEntry("speakerRule", "editor")
                .containsEntry("attributionConfidence", 1.0f).containsEntry("speakerDoubtful", false);
        int statementsBefore = article.getList("data.articleByKey.statements").size();

        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(SEEDS.resolve("000_18dbcb358185bba2.txt")))
                .queryParam("outlet", "The Independent").queryParam("extractAgain", true)
                .when().post("/articles")
                .then().statusCode(200).body("statementsSkippedForCuration", greaterThan(0));

        JsonPath after = GraphQL.data("""
                { articleByKey(key: "000_18dbcb358185bba2") { statements { id text origin speakers { name } } } }""");
        List<Map<String, Object>> statements = after.getList("data.articleByKey.statements");
        assertThat(statements).hasSize(statementsBefore);
        Map<String, Object> corrected = statements.stream()
                .filter(statement -> statement.get("id").toString().equals(String.valueOf(statementId))).findFirst().orElseThrow();
        assertThat(corrected).containsEntry("origin", "CURATED");
        assertThat(corrected.get("speakers")).isEqualTo(List.of(Map.of("name", "Editor's Choice Speaker")));
    }

    @Test
    @Order(5)
    void aStatementGivenToAnotherSpeakerMovesItsWeightToThatSpeakersPosition() {
        String table = """
                { topicBySlug(slug: "ukraine-at-the-table") { positions(includeSuggested: true) { stance validFrom actor { name } evidence { id text } } } }""";
        Map<String, Object> trump = GraphQL.data(table).<Map<String, Object>>getList("data.topicBySlug.positions").stream()
                .filter(position -> ((Map<?, ?>) position.get("actor")).get("name").equals("Donald Trump")).findFirst().orElseThrow();
        Object seatAtTheTable = ((List<Map<String, Object>>) trump.get("evidence")).get(0).get("id");
        long whiteHouse = GraphQL.data("mutation { createActor(input: {name: \"White House\", kind: ORGANIZATION}) { id } }")
                .getLong("data.createActor.id");

        GraphQL.data("mutation($s: ID!, $a: ID!) { correctStatementSpeakers(input: {statementId: $s, speakerIds: [$a]}) { id } }",
                Map.of("s", seatAtTheTable, "a", whiteHouse));

        JsonPath after = GraphQL.data(table);
        assertThat(after.getList("data.topicBySlug.positions.actor.name", String.class))
                .doesNotContain("Donald Trump").contains("White House");
        Map<String, Object> moved = after.<Map<String, Object>>getList("data.topicBySlug.positions").stream()
                .filter(position -> ((Map<?, ?>) position.get("actor")).get("name").equals("White House")).findFirst().orElseThrow();
        assertThat(moved).containsEntry("stance", "SUPPORTS").containsEntry("validFrom", "2025-02-13");
        assertThat(moved.get("evidence")).isEqualTo(List.of(Map.of("id", seatAtTheTable, "text", "it would have a seat at the table")));
    }

    @Test
    @Order(5)
    void htmlThroughTheGraphQLMutation() {
        String html = """
                <html><head><title>Minister backs deal</title><script>track()</script></head><body>
                <article><h1>Minister backs deal</h1>
                <p>Chancellor Rachel Reeves said on Tuesday that the agreement would “protect working people”.</p>
                <figure><figcaption>Rachel Reeves in Downing Street</figcaption></figure>
                <p>“We have delivered what we promised,” Ms Reeves told the BBC.</p>
                <p>Share this article</p></article></body></html>""";
        JsonPath result = GraphQL.data("""
                mutation($text: String!) { ingestArticle(input: {text: $text, format: HTML, publishedOn: "2025-03-06",
                    outlet: "Example Gazette", url: "https://example.org/reeves"}) {
                  created statementsExtracted
                  article { headline paragraphs statements { kind text cue medium saidOn speakers { name } } } } }""",
                Map.of("text", html));
        assertThat(result.getBoolean("data.ingestArticle.created")).isTrue();
        assertThat(result.getString("data.ingestArticle.article.headline")).isEqualTo("Minister backs deal");
        assertThat(result.getList("data.ingestArticle.article.paragraphs", String.class))
                .noneMatch(paragraph -> paragraph.contains("track()") || paragraph.contains("figcaption") || paragraph.contains("Share this"));
        List<Map<String, Object>> statements = result.getList("data.ingestArticle.article.statements");
        assertThat(statements).anySatisfy(statement -> {
            assertThat(statement).containsEntry("kind", "DIRECT").containsEntry("medium", "BBC");
            assertThat(statement.get("speakers")).isEqualTo(List.of(Map.of("name", "Rachel Reeves")));
        });
        assertThat(statements).anySatisfy(statement -> assertThat(statement).containsEntry("saidOn", "2025-03-04"));
    }

    @Test
    @Order(6)
    void badInputIsRefusedWithAReasonAndStoresNothing() {
        int before = articleCount();
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(new byte[0]).queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400).body("code", equalTo("INVALID_INPUT"))
                .body("message", containsString("empty"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(new byte[] { 0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3 })
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400).body("message", containsString("binary"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(new byte[] { 'S', 'a', 'i', 'd', ' ', (byte) 0xff, (byte) 0xfe, 'x' })
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400).body("message", containsString("UTF-8"));
        given().spec(TestIdentity.editor()).contentType("text/html").body("<html><head><title>t</title></head><body>   </body></html>")
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400).body("message", containsString("no body"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("Ministers said that talks would resume.")
                .queryParam("outlet", "X")
                .when().post("/articles").then().statusCode(400).body("field", equalTo("publishedOn"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("Ministers said that talks would resume.")
                .queryParam("outlet", "X").queryParam("publishedOn", "13/05/2025")
                .when().post("/articles").then().statusCode(400).body("field", equalTo("publishedOn"));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("Ministers said that talks would resume.")
                .queryParam("outlet", "X").queryParam("publishedOn", "2025-06-118611")
                .when().post("/articles").then().statusCode(400).body("field", equalTo("publishedOn"))
                .body("message", containsString("publishedOn")).body("message", org.hamcrest.Matchers.not(containsString("118611")));
        byte[] gigantic = "Word ".repeat(500_000).getBytes(StandardCharsets.UTF_8);
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(gigantic).queryParam("outlet", "X").queryParam("publishedOn", "2025-01-01")
                .when().post("/articles").then().statusCode(400).body("message", containsString("too large"));
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    @Order(6)
    void wireCopyFromAnotherOutletIsStoredOnceAndListsEveryOutletThatCarriedIt() {
        String wire = "\"The ceasefire must hold,\" said Ana Wirecopy, the envoy. She said talks would go on. Ref "
                + UUID.randomUUID();
        BiFunction<String, String, Response> ingest = (outlet, day) -> given()
                .spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(wire).queryParam("outlet", outlet)
                .queryParam("publishedOn", day).queryParam("url", "https://" + outlet.replace(' ', '-') + ".example/wire")
                .when().post("/articles").then().extract().response();
        Response first = ingest.apply("Wire Service", "2025-03-02");
        assertThat(first.statusCode()).isEqualTo(201);
        long id = first.jsonPath().getLong("articleId");
        int before = articleCount();

        for (String[] carrier : new String[][] { { "Harbour Gazette", "2025-03-03" }, { "Valley Times", "2025-03-02" },
                { "Harbour Gazette", "2025-03-04" }, { "wire service", "2025-03-05" } }) {
            Response again = ingest.apply(carrier[0], carrier[1]);
            assertThat(again.statusCode()).isEqualTo(200);
            assertThat(again.jsonPath().getBoolean("created")).isFalse();
            assertThat(again.jsonPath().getLong("articleId")).isEqualTo(id);
        }
        assertThat(articleCount()).isEqualTo(before);

        JsonPath article = GraphQL.data("""
                query($id: ID!) { article(id: $id) { outlet otherPublications { outlet url publishedOn }
                    statements { text } } }""", Map.of("id", id));
        assertThat(article.getString("data.article.outlet")).isEqualTo("Wire Service");
        // Earliest first; an outlet counted once, at the first date it gave; the first outlet itself is not repeated.
        assertThat(article.getList("data.article.otherPublications.outlet")).containsExactly("Valley Times", "Harbour Gazette");
        assertThat(article.getList("data.article.otherPublications.publishedOn")).containsExactly("2025-03-02", "2025-03-03");
        assertThat(article.getList("data.article.otherPublications.url"))
                .containsExactly("https://Valley-Times.example/wire", "https://Harbour-Gazette.example/wire");
        assertThat(article.getList("data.article.statements.text")).hasSize(2);
    }

    @Test
    @Order(6)
    void theLocationOfAnIngestedArticleAnswersWithTheArticle() {
        io.restassured.response.Response created = given().spec(TestIdentity.editor()).contentType(ContentType.TEXT)
                .body("\"The talks will resume,\" said Jo Located. She said nothing more.")
                .queryParam("outlet", "Located Post").queryParam("publishedOn", "2025-02-03").queryParam("key", "located-1")
                .queryParam("headline", "Talks to resume").queryParam("url", "https://example.org/located-1")
                .when().post("/articles").then().statusCode(201).extract().response();
        long id = created.jsonPath().getLong("articleId");
        String location = created.header("Location");
        assertThat(location).endsWith("/articles/" + id);

        // Open to anyone, as reading is.
        JsonPath article = given().when().get(java.net.URI.create(location).getPath()).then().statusCode(200)
                .contentType(ContentType.JSON).extract().jsonPath();
        assertThat(article.getLong("id")).isEqualTo(id);
        assertThat(article.getString("key")).isEqualTo("located-1");
        assertThat(article.getString("headline")).isEqualTo("Talks to resume");
        assertThat(article.getString("outlet")).isEqualTo("Located Post");
        assertThat(article.getString("url")).isEqualTo("https://example.org/located-1");
        assertThat(article.getString("publishedOn")).isEqualTo("2025-02-03");
        assertThat(article.getInt("statements")).isEqualTo(created.jsonPath().getInt("statementsExtracted")).isPositive();

        given().when().get("/articles/999999999").then().statusCode(404).contentType(ContentType.JSON)
                .body("code", equalTo("NOT_FOUND")).body("field", equalTo("id"));
        for (String notAnId : List.of("abc", "007", "99999999999999999999")) {
            given().when().get("/articles/" + notAnId).then().statusCode(400).contentType(ContentType.JSON)
                    .body("code", equalTo("INVALID_INPUT")).body("field", equalTo("id"));
        }
    }

    @Test
    @Order(6)
    void anotherTextUnderATakenKeyOrUrlIsAConflictAndStoresNothing() {
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("The minister said that the talks would resume.")
                .queryParam("outlet", "Keyed Post").queryParam("publishedOn", "2025-01-01").queryParam("key", "keyed-1")
                .queryParam("url", "https://example.org/keyed-1")
                .when().post("/articles").then().statusCode(201);
        int before = articleCount();
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("The minister said that the talks would not resume.")
                .queryParam("outlet", "Keyed Post").queryParam("publishedOn", "2025-01-01").queryParam("key", "keyed-1")
                .when().post("/articles").then().statusCode(409).body("code", equalTo("CONFLICT"))
                .body("field", equalTo("key")).body("message", not(containsString("keyed-1")));
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body("The minister said that the talks might resume.")
                .queryParam("outlet", "Keyed Post").queryParam("publishedOn", "2025-01-01")
                .queryParam("url", "https://example.org/keyed-1")
                .when().post("/articles").then().statusCode(409).body("field", equalTo("url"))
                .body("message", not(containsString("example.org")));
        assertThat(articleCount()).isEqualTo(before);
    }

    @Test
    @Order(7)
    void openApiDescribesTheEndpoint() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/articles'.post.summary", containsString("Ingest"))
                .body("paths.'/articles/{id}'.get.summary", containsString("article"))
                .body("paths.'/articles/{id}'.get.responses.'404'.description", containsString("No article"));
    }

    @Test
    @Order(8)
    void concurrentIngestionsShareActorsWithoutDuplicates() throws Exception {
        String seed = Files.readString(SEEDS.resolve("004_29483c680d38bcb6.txt"), StandardCharsets.UTF_8);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String variant = seed + "\n\nMr Lammy said that the variant " + i + " was new.\n";
                statuses.add(pool.submit(() -> given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(variant)
                        .queryParam("outlet", "Parallel Post").when().post("/articles").then().extract().statusCode()));
            }
            for (java.util.concurrent.Future<Integer> status : statuses) {
                assertThat(status.get()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }
        JsonPath lammy = GraphQL.data("{ actors(filter: {nameContains: \"Lammy\", kind: PERSON}) { totalCount } }");
        assertThat(lammy.getInt("data.actors.totalCount")).isEqualTo(1);
        JsonPath parallel = GraphQL.data("{ articles(filter: {outlet: \"Parallel Post\"}) { totalCount } }");
        assertThat(parallel.getInt("data.articles.totalCount")).isEqualTo(12);
    }

    @Test
    @Order(8)
    void concurrentIngestionsIntroducingTheSameActorAndEventCreateEachOnce() throws Exception {
        String text = """
                Norway's fisheries minister, Ingrid Vasquez-Holm, met her Icelandic counterpart on Tuesday.

                “We will not give away a single tonne,” Ms Vasquez-Holm said at the North Atlantic Fisheries Forum on 4 March.

                Ingrid Vasquez-Holm, the fisheries minister, told NRK on Wednesday that the talks had been “constructive”.
                """;
        int actorsBefore = actorCount();
        List<JsonPath> responses = postTogether(text, 12, "Fisheries Daily");

        JsonPath minister = GraphQL.data("""
                { actors(filter: {nameContains: "Vasquez-Holm"}) { totalCount nodes { offices { post } } } }""");
        assertThat(minister.getInt("data.actors.totalCount")).isEqualTo(1);
        assertThat(minister.getList("data.actors.nodes[0].offices.post")).hasSize(1);
        JsonPath forum = GraphQL.data("""
                { events(filter: {nameContains: "North Atlantic Fisheries Forum"}) {
                    totalCount nodes { participants { name } articles { key } statements(first: 100) { text } } } }""");
        assertThat(forum.getInt("data.events.totalCount")).isEqualTo(1);
        assertThat(forum.getList("data.events.nodes[0].participants.name")).containsExactly("Ingrid Vasquez-Holm");
        assertThat(forum.getList("data.events.nodes[0].articles")).hasSize(responses.size());
        assertThat(forum.getList("data.events.nodes[0].statements")).hasSize(2 * responses.size());
        assertThat(responses.stream().mapToInt(response -> response.getInt("actorsCreated")).sum())
                .isEqualTo(actorCount() - actorsBefore).isPositive();
        assertThat(responses.stream().mapToInt(response -> response.getInt("eventsCreated")).sum()).isEqualTo(1);
    }

    @Test
    @Order(8)
    void concurrentIngestionsGivingAStoredActorANewOfficeRecordItOnce() throws Exception {
        // Actor, aliases and post are stored already, so nothing but the office itself is new.
        GraphQL.data("mutation($lines: String!) { importRecords(lines: $lines) { created } }", Map.of("lines", """
                {"type":"actor","name":"Tomas Lindqvist","kind":"PERSON","aliases":["Mr Lindqvist"]}
                {"type":"actor","name":"Astrid Berg","kind":"PERSON","tenures":[{"post":"Sweden's trade minister","from":"1990-01-01","to":"1994-12-31"}]}
                """));
        String text = """
                Sweden's trade minister, Tomas Lindqvist, said on Monday that the tariff “will not survive the summer”.

                “We are patient people,” Mr Lindqvist told reporters in Stockholm.
                """;
        postTogether(text, 12, "Trade Weekly");

        JsonPath lindqvist = GraphQL.data("{ actorByName(name: \"Tomas Lindqvist\") { offices { post from } } }");
        assertThat(lindqvist.getList("data.actorByName.offices.post")).containsExactly("Sweden's trade minister");
    }

    @Test
    @Order(9)
    void directoryImportSkipsABadFileByNameAndStoresTheRest() throws Exception {
        Path directory = Files.createTempDirectory("import");
        Files.writeString(directory.resolve("good.txt"), "Foreign ministers met in Oslo.\n\n"
                + "“We will not be moved,” the Norwegian foreign minister Espen Barth Eide said on Monday.\n");
        Files.write(directory.resolve("broken.txt"), new byte[] { 0, 1, 2, 3, 'x' });
        int before = articleCount();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();

        int exit = io.stancegraph.tools.ImportCommand.run(new String[] { "--url",
                "http://localhost:" + io.restassured.RestAssured.port, "--token", TestIdentity.editorToken(), "--outlet", "Nordic Wire", "--published-on",
                "2025-03-05", directory.toString() },
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(progress, true, StandardCharsets.UTF_8));

        String summary = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(summary).contains("2 files: 1 stored").contains("1 failed").contains("skipped broken.txt")
                .contains("binary");
        assertThat(progress.toString(StandardCharsets.UTF_8)).contains("100%").contains("2/2");
        assertThat(articleCount()).isEqualTo(before + 1);
        JsonPath stored = GraphQL.data("{ articleByKey(key: \"good\") { outlet statements { kind saidOn speakers { name } } } }");
        assertThat(stored.getString("data.articleByKey.outlet")).isEqualTo("Nordic Wire");
        assertThat(stored.getList("data.articleByKey.statements.speakers.name", List.class))
                .containsExactly(List.of("Espen Barth Eide"));
        assertThat(stored.getList("data.articleByKey.statements.saidOn")).containsExactly("2025-03-03");
    }

    @Test
    @Order(8)
    void concurrentIngestionsAboutOneActorAndTopicLeaveOneTimelineWithEveryStatement() throws Exception {
        // A stored actor: the articles create nothing, so nothing but the (actor, topic) pair orders them.
        GraphQL.data("mutation($lines: String!) { importRecords(lines: $lines) { created } }", Map.of("lines", """
                {"type":"actor","name":"Helena Marques-Duarte","kind":"PERSON","aliases":["Ms Marques-Duarte"]}
                """));
        String text = """
                Ukraine needs allies it can count on, the Portuguese delegation argued in Lisbon.

                “We strongly support a US security guarantee for Ukraine,” Helena Marques-Duarte told reporters.
                """;
        postTogether(text, 8, "Atlantic Post");

        JsonPath minister = GraphQL.data("""
                { actorByName(name: "Helena Marques-Duarte") {
                    statements(first: 100, filter: {topic: "us-security-guarantee"}) { id }
                    positions(topic: "us-security-guarantee", includeSuggested: true) { stance assessor evidence { id } } } }""");
        List<Object> statements = minister.getList("data.actorByName.statements.id");
        assertThat(statements).hasSize(8);
        // Each article reassessed the pair after the one before it had committed: one timeline, not eight.
        assertThat(minister.getList("data.actorByName.positions.assessor")).containsExactly("extractor");
        assertThat(minister.getList("data.actorByName.positions.stance")).containsExactly("SUPPORTS");
        assertThat(minister.getList("data.actorByName.positions[0].evidence.id"))
                .containsExactlyInAnyOrderElementsOf(statements);
    }

    /**
     * Posts variants of one text at the same moment, each published on its own day after 4 March 2025 (so each
     * would record an office with other dates), and returns the responses, all 201.
     */
    /**
     * A stance that different statements, reported by two or more articles, agree on is calibrated as corroborated; one
     * resting on one article (or on one quote copied by several outlets) as that article's; unreviewed, a stance is
     * shown by default only when its calibrated confidence reaches the threshold, and never from a single article.
     */
    @Test
    @Order(10)
    void onlyStancesCorroboratedByTwoArticlesAreShownUnreviewed() {
        GraphQL.data("mutation($lines: String!) { importRecords(lines: $lines) { created } }", Map.of("lines", """
                {"type":"actor","name":"Ingrid Solberg-Haug","kind":"PERSON"}
                {"type":"actor","name":"Tomas Lindqvist","kind":"PERSON"}
                """));
        postArticle("Nordic Wire", "2025-03-10", """
                Foreign ministers met in Oslo to prepare the next round of talks.

                “There can be no negotiations about Ukraine without Ukraine,” Ingrid Solberg-Haug told reporters.

                “We strongly support a US security guarantee for Ukraine,” Tomas Lindqvist said.
                """);
        postArticle("Baltic Courier", "2025-03-12", """
                The talks moved to Riga on Wednesday.

                “Nothing can be agreed without Ukraine at the table,” Ingrid Solberg-Haug said on arrival.
                """);

        // Their confidence is the calibration table's figure for their evidence class; published when it reaches the
        // threshold (0.85 by default).
        Map<String, Double> calibrated = calibrationTable();
        JsonPath corroborated = GraphQL.data("""
                { actorByName(name: "Ingrid Solberg-Haug") { positions(topic: "ukraine-at-the-table", includeSuggested: true) {
                    stance confidence published reviewState evidence { article { outlet } } } } }""");
        assertThat(corroborated.getList("data.actorByName.positions.stance")).containsExactly("SUPPORTS");
        assertThat(corroborated.getList("data.actorByName.positions.reviewState")).containsExactly("SUGGESTED");
        assertThat(corroborated.getList("data.actorByName.positions[0].evidence.article.outlet"))
                .containsExactlyInAnyOrder("Nordic Wire", "Baltic Courier");
        double corroboratedConfidence = corroborated.getDouble("data.actorByName.positions[0].confidence");
        assertThat(corroboratedConfidence).isCloseTo(calibrated.get("corroborated"), within(1e-6));
        assertThat(corroborated.getBoolean("data.actorByName.positions[0].published")).isEqualTo(corroboratedConfidence >= 0.85);

        String lindqvist = """
                { actorByName(name: "Tomas Lindqvist") { positions(topic: "us-security-guarantee"%s) {
                    stance confidence published reviewState } } }""";
        assertThat(GraphQL.data(lindqvist.formatted("")).getList("data.actorByName.positions")).isEmpty();
        JsonPath suggested = GraphQL.data(lindqvist.formatted(", includeSuggested: true"));
        assertThat(suggested.getList("data.actorByName.positions.stance")).containsExactly("SUPPORTS");
        assertThat(suggested.getList("data.actorByName.positions.published")).containsExactly(false);
        assertThat(suggested.getDouble("data.actorByName.positions[0].confidence"))
                .isCloseTo(calibrated.get("one-article SUPPORTS"), within(1e-6));

        // Everywhere: the corroborated figure exactly when two articles report statements of their own wording.
        JsonPath all = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", includeSuggested: true}) { nodes {
                    id confidence published evidence { text article { id } } } } }""");
        for (Map<String, Object> position : all.<Map<String, Object>>getList("data.positions.nodes")) {
            Map<String, Object> firstArticleOfWording = new java.util.HashMap<>();
            for (Map<String, Object> statement : (List<Map<String, Object>>) position.get("evidence")) {
                firstArticleOfWording.putIfAbsent(((String) statement.get("text")).strip().toLowerCase(Locale.ROOT),
                        ((Map<?, ?>) statement.get("article")).get("id"));
            }
            long articles = firstArticleOfWording.values().stream().distinct().count();
            double confidence = ((Number) position.get("confidence")).doubleValue();
            assertThat(Math.abs(confidence - calibrated.get("corroborated")) < 1e-6).as("position %s, %d articles", position.get("id"), articles)
                    .isEqualTo(articles >= 2);
            assertThat(position.get("published")).isEqualTo(confidence >= 0.85);
        }
    }

    /** The shipped calibration table: evidence class to calibrated confidence. */
    private static Map<String, Double> calibrationTable() {
        Map<String, Double> table = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("src/main/resources/stance/position-confidence.tsv"))) {
                String row = line.replaceAll("#.*", "").strip();
                if (!row.isEmpty()) {
                    String[] cells = row.split("\t");
                    table.put(cells[0], Double.parseDouble(cells[1]));
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return table;
    }

    private static void postArticle(String outlet, String publishedOn, String text) {
        given().spec(TestIdentity.editor()).contentType("text/plain; charset=utf-8")
                .body(text.getBytes(StandardCharsets.UTF_8)).queryParam("outlet", outlet)
                .queryParam("publishedOn", publishedOn).when().post("/articles").then().statusCode(201);
    }

    private static List<JsonPath> postTogether(String text, int posts, String outlet) throws Exception {
        java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(posts);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(posts);
        try {
            List<java.util.concurrent.Future<JsonPath>> pending = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                String day = String.format("2025-03-%02d", i + 5);
                byte[] variant = (text + "\nReported in edition " + i + ".\n").getBytes(StandardCharsets.UTF_8);
                pending.add(pool.submit(() -> {
                    start.await();
                    return given().spec(TestIdentity.editor()).contentType("text/plain; charset=utf-8").body(variant).queryParam("outlet", outlet)
                            .queryParam("publishedOn", day).when().post("/articles")
                            .then().statusCode(201).extract().jsonPath();
                }));
            }
            List<JsonPath> responses = new ArrayList<>();
            for (java.util.concurrent.Future<JsonPath> response : pending) {
                responses.add(response.get());
            }
            return responses;
        } finally {
            pool.shutdown();
        }
    }

    private static int actorCount() {
        return GraphQL.data("{ actors { totalCount } }").getInt("data.actors.totalCount");
    }

    private static int articleCount() {
        return GraphQL.data("{ articles { totalCount } }").getInt("data.articles.totalCount");
    }

    private static List<Path> seedFiles() throws IOException {
        try (Stream<Path> files = Files.list(SEEDS)) {
            return files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The stored statements in the gold file's shape, read back through GraphQL. */
    private static List<String> ingestedStatementsAsGoldLines() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> lines = new ArrayList<>();
        for (Path file : seedFiles()) {
            String key = file.getFileName().toString().replace(".txt", "");
            JsonPath article = GraphQL.data("query($k: String!) { articleByKey(key: $k) { statements { kind text cue paragraph saidOn speakers { name } event { name } medium } } }",
                    Map.of("k", key));
            for (Map<String, Object> statement : article.getList("data.articleByKey.statements", Map.class)) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("article", key);
                line.put("kind", statement.get("kind"));
                line.put("speakers", ((List<Map<String, Object>>) statement.get("speakers")).stream().map(s -> s.get("name")).toList());
                line.put("text", statement.get("text"));
                line.put("cue", statement.get("cue"));
                line.put("paragraph", statement.get("paragraph"));
                lines.add(json.writeValueAsString(line));
            }
        }
        return lines;
    }

    private static String evaluate(String... args) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int exit = EvaluateCommand.run(args, new PrintStream(buffer, true, StandardCharsets.UTF_8));
        String output = buffer.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        return output;
    }

    /** The score lines of the evaluation report (slice, counts, precision, recall, F1, attribution). */
    private static List<String> scoreTable(String report) {
        return report.lines().filter(line -> line.matches("^(overall|DIRECT|PARTIAL\\+INDIRECT|PARTIAL|INDIRECT)\\s+\\d.*"))
                .toList();
    }
}
