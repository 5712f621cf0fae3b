package io.stancegraph.position;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.stancegraph.GraphQL;
import io.stancegraph.TestIdentity;

/**
 * The review of the extractor's positions, over HTTP as a newsroom uses it: ingestion suggests, the default views hide
 * what nobody has reviewed, an editor confirms, rejects or corrects, and a rejected suggestion stays rejected when
 * the articles are extracted again. The service here publishes nothing unreviewed (publishing threshold above 1).
 */
@QuarkusTest
@TestProfile(PositionReviewTest.ReviewedOnly.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PositionReviewTest {

    /** A database of its own with the sample corpus, publishing only reviewed positions. */
    public static class ReviewedOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.embedded-db.database", "reviewed", "stancegraph.positions.publish-confidence", "1.01");
        }
    }

    private static final Path ARTICLES = Path.of("src/main/resources/sample/articles");
    private static final List<String> INGESTED = List.of("001_7a7d3776cb5ccbdd", "003_61c9e6615280864e");

    private static final String SUGGESTIONS = """
            { positions(first: 100, filter: {assessor: "extractor", includeSuggested: true}) { totalCount nodes {
                id stance reviewState published reviewedBy actor { id name } topic { slug } } } }""";

    private static final String ALICE = TestIdentity.token("alice", "editor");

    @Test
    @Order(1)
    void ingestionSuggestsAndTheDefaultViewsHideTheSuggestions() throws IOException {
        assertThat(GraphQL.data(SUGGESTIONS).getInt("data.positions.totalCount")).isZero();
        ingest();

        List<Map<String, Object>> suggestions = suggestions();
        assertThat(suggestions).isNotEmpty().allSatisfy(position -> assertThat(position)
                .containsEntry("reviewState", "SUGGESTED").containsEntry("published", false).containsEntry("reviewedBy", null));

        // Not in any default view: the positions list, the topic's stance matrix column, the actor's history.
        assertThat(GraphQL.data("{ positions(first: 100, filter: {assessor: \"extractor\"}) { totalCount } }")
                .getInt("data.positions.totalCount")).isZero();
        Map<String, Object> suggestion = suggestions.get(0);
        String topic = (String) ((Map<?, ?>) suggestion.get("topic")).get("slug");
        Object actor = ((Map<?, ?>) suggestion.get("actor")).get("id");
        assertThat(topicPositionIds(topic, false)).doesNotContain(suggestion.get("id"));
        assertThat(actorPositionIds(actor, false)).doesNotContain(suggestion.get("id"));
        // Asked for, they are there, marked as suggestions.
        assertThat(topicPositionIds(topic, true)).contains(suggestion.get("id"));
        assertThat(actorPositionIds(actor, true)).contains(suggestion.get("id"));
    }

    @Test
    @Order(2)
    void theReviewQueueListsSuggestionsWithTheirEvidenceForEditorsOnly() {
        JsonPath queue = GraphQL.data("""
                { reviewQueue(first: 100) { totalCount nodes { id reviewState confidence
                    evidence { text paragraph paragraphText span { start end } article { key } } } } }""");
        assertThat(queue.getInt("data.reviewQueue.totalCount")).isEqualTo(suggestions().size());
        assertThat(queue.getList("data.reviewQueue.nodes.reviewState", String.class)).containsOnly("SUGGESTED");
        List<Map<String, Object>> evidence = queue.getList("data.reviewQueue.nodes[0].evidence");
        // Each piece of evidence in context: the paragraph where it starts (a quote may run on into the next ones).
        assertThat(evidence).isNotEmpty().allSatisfy(statement -> assertThat((String) statement.get("paragraphText"))
                .contains(((String) statement.get("text")).lines().findFirst().orElseThrow()));
        List<Double> confidences = queue.getList("data.reviewQueue.nodes.confidence", Double.class);
        assertThat(confidences).isSortedAccordingTo((a, b) -> Double.compare(b, a));

        // A read that needs sign-in is refused as a write without credentials is: 401, whichever media type is asked for.
        for (String accept : List.of("application/json", "application/graphql-response+json")) {
            JsonPath anonymous = given().contentType(ContentType.JSON).accept(accept)
                    .body(Map.of("query", "{ reviewQueue(first: 5) { totalCount } }")).when().post("/graphql")
                    .then().statusCode(401).header("WWW-Authenticate", "Bearer").extract().jsonPath();
            assertThat(anonymous.getString("errors[0].extensions.code")).isEqualTo("UNAUTHENTICATED");
            assertThat(anonymous.getString("data")).isNull();
        }
    }

    @Test
    @Order(3)
    void anEditorConfirmsASuggestionAndItIsShownWithTheEditorsName() {
        Map<String, Object> suggestion = suggestions().get(0);
        Object id = suggestion.get("id");

        JsonPath forbidden = as(TestIdentity.token("reader", "ingest"), "mutation($id: ID!) { confirmPosition(id: $id) { id } }",
                Map.of("id", id));
        assertThat(forbidden.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        JsonPath confirmed = as(ALICE, """
                mutation($id: ID!) { confirmPosition(id: $id, note: "Said it twice") {
                    id reviewState published reviewedBy reviewedAt reviewNote } }""", Map.of("id", id));
        assertThat(confirmed.getMap("data.confirmPosition")).containsEntry("id", id).containsEntry("reviewState", "CONFIRMED")
                .containsEntry("published", true).containsEntry("reviewedBy", "editor:alice")
                .containsEntry("reviewNote", "Said it twice");
        assertThat(confirmed.getString("data.confirmPosition.reviewedAt")).isNotBlank();

        String topic = (String) ((Map<?, ?>) suggestion.get("topic")).get("slug");
        Object actor = ((Map<?, ?>) suggestion.get("actor")).get("id");
        assertThat(topicPositionIds(topic, false)).contains(id);
        assertThat(actorPositionIds(actor, false)).contains(id);
        assertThat(GraphQL.data("{ positions(first: 100, filter: {assessor: \"extractor\"}) { nodes { id reviewedBy } } }")
                .getList("data.positions.nodes.reviewedBy", String.class)).containsExactly("editor:alice");
    }

    @Test
    @Order(4)
    void rejectedSuggestionsNeverComeBackAfterReExtraction() throws IOException {
        List<Map<String, Object>> open = suggestions().stream().filter(p -> p.get("reviewState").equals("SUGGESTED")).toList();
        assertThat(open).hasSizeGreaterThanOrEqualTo(2);
        Map<String, Object> rejected = open.get(0);
        JsonPath rejection = as(ALICE, """
                mutation($id: ID!) { rejectPosition(id: $id, note: "Quoting an opponent") { reviewState published reviewedBy } }""",
                Map.of("id", rejected.get("id")));
        assertThat(rejection.getMap("data.rejectPosition")).containsEntry("reviewState", "REJECTED")
                .containsEntry("published", false).containsEntry("reviewedBy", "editor:alice");
        assertThat(suggestions()).extracting(position -> position.get("id")).doesNotContain(rejected.get("id"));

        ingest();

        // The rejected stance of that actor on that topic is not suggested again on the same evidence.
        assertThat(suggestions()).noneSatisfy(position -> {
            assertThat(position.get("reviewState")).isEqualTo("SUGGESTED");
            assertThat(position.get("actor")).isEqualTo(rejected.get("actor"));
            assertThat(position.get("topic")).isEqualTo(rejected.get("topic"));
            assertThat(position.get("stance")).isEqualTo(rejected.get("stance"));
        });
        JsonPath stillRejected = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", reviewState: REJECTED}) { nodes { id reviewNote } } }""");
        assertThat(stillRejected.getList("data.positions.nodes.id")).containsExactly(rejected.get("id"));
        // The confirmed position survives too, with its evidence, which became curated.
        JsonPath confirmed = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", reviewState: CONFIRMED}) { nodes {
                    reviewedBy evidence { origin } } } }""");
        assertThat(confirmed.getList("data.positions.nodes.reviewedBy", String.class)).containsExactly("editor:alice");
        assertThat(confirmed.getList("data.positions.nodes[0].evidence.origin", String.class)).isNotEmpty()
                .containsOnly("CURATED");
    }

    @Test
    @Order(5)
    void anEditorCorrectsASuggestionWithAStanceOfTheirOwn() {
        Map<String, Object> suggestion = suggestions().stream().filter(p -> p.get("reviewState").equals("SUGGESTED"))
                .findFirst().orElseThrow();
        String other = suggestion.get("stance").equals("SUPPORTS") ? "OPPOSES" : "SUPPORTS";
        JsonPath corrected = as(ALICE, """
                mutation($id: ID!, $stance: Stance!) { correctPosition(id: $id, input: {stance: $stance, note: "Read again"}) {
                    id stance assessor reviewState published reviewedBy actor { id } evidence { id } } }""",
                Map.of("id", suggestion.get("id"), "stance", other));
        assertThat(corrected.getMap("data.correctPosition")).containsEntry("stance", other)
                .containsEntry("assessor", "editor:alice").containsEntry("reviewState", "CONFIRMED")
                .containsEntry("published", true);
        assertThat(corrected.getList("data.correctPosition.evidence")).isNotEmpty();
        assertThat(corrected.getString("data.correctPosition.actor.id"))
                .isEqualTo(String.valueOf(((Map<?, ?>) suggestion.get("actor")).get("id")));
        JsonPath rejected = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", reviewState: REJECTED}) { nodes { id reviewNote } } }""");
        assertThat(rejected.getList("data.positions.nodes.id")).contains(suggestion.get("id"));
    }

    @Test
    @Order(6)
    void reviewingWhatIsNotASuggestionIsAClearError() {
        JsonPath missing = as(ALICE, "mutation { confirmPosition(id: 999999) { id } }", Map.of());
        assertThat(missing.getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
        assertThat(missing.getList("errors[0].path", String.class)).containsExactly("confirmPosition");

        Object editors = GraphQL.data("{ positions(first: 1, filter: {assessor: \"editor:sample-curation\"}) { nodes { id } } }")
                .getList("data.positions.nodes.id").get(0);
        JsonPath notASuggestion = as(ALICE, "mutation($id: ID!) { rejectPosition(id: $id) { id } }", Map.of("id", editors));
        assertThat(notASuggestion.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(notASuggestion.getString("errors[0].message")).contains("setPosition");
    }

    @Test
    @Order(7)
    void aConfirmedPositionWhoseEvidenceWentToAnotherSpeakerGoesBackToReview() {
        Map<String, Object> confirmed = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", reviewState: CONFIRMED}) { nodes {
                    id actor { id } topic { slug } evidence { id } } } }""").getMap("data.positions.nodes[0]");
        Object actor = ((Map<?, ?>) confirmed.get("actor")).get("id");
        String topic = (String) ((Map<?, ?>) confirmed.get("topic")).get("slug");
        Object statement = ((Map<?, ?>) ((List<?>) confirmed.get("evidence")).get(0)).get("id");

        as(ALICE, "mutation($s: ID!, $a: [ID]!) { correctStatementSpeakers(input: {statementId: $s, speakerIds: $a}) { id } }",
                Map.of("s", statement, "a", List.of(someoneOtherThan(actor))));

        // The editor confirmed a stance read partly in words someone else said: it is no longer shown as confirmed,
        // and whatever the extractor suggests again for that actor rests on the actor's own statements.
        assertThat(topicPositionIds(topic, false)).doesNotContain(confirmed.get("id"));
        assertThat(actorPositionIds(actor, false)).doesNotContain(confirmed.get("id"));
        JsonPath pair = GraphQL.data("""
                query($a: ID!, $t: String!) { positions(first: 100, filter: {actor: $a, topic: $t, assessor: "extractor",
                    includeSuggested: true}) { nodes { id reviewState evidence { id } } } }""", Map.of("a", actor, "t", topic));
        assertThat(pair.getList("data.positions.nodes.reviewState", String.class)).doesNotContain("CONFIRMED");
        assertThat(pair.getList("data.positions.nodes.evidence.id", List.class))
                .allSatisfy(evidence -> assertThat(evidence).doesNotContain(statement));
    }

    @Test
    @Order(8)
    void anEditorsPositionKeepsOnlyTheActorsOwnStatementsOnTheTopicAndIsWithdrawnWhenNoneIsLeft() {
        List<Map<String, Object>> curated = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "editor:sample-curation"}) { nodes {
                    id actor { id } topic { slug } evidence { id topics { slug } } } } }""").getList("data.positions.nodes");
        Map<String, Object> single = curated.stream().filter(p -> ((List<?>) p.get("evidence")).size() == 1).findFirst().orElseThrow();
        Map<String, Object> several = curated.stream().filter(p -> ((List<?>) p.get("evidence")).size() >= 2
                && !p.get("actor").equals(single.get("actor"))).findFirst().orElseThrow();

        // The only evidence of one position goes to someone else: the position is withdrawn, signed by the editor.
        Object actor = ((Map<?, ?>) single.get("actor")).get("id");
        Object statement = ((Map<?, ?>) ((List<?>) single.get("evidence")).get(0)).get("id");
        as(ALICE, "mutation($s: ID!, $a: [ID]!) { correctStatementSpeakers(input: {statementId: $s, speakerIds: $a}) { id } }",
                Map.of("s", statement, "a", List.of(someoneOtherThan(actor))));
        Map<String, Object> withdrawn = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "editor:sample-curation", reviewState: REJECTED}) { nodes {
                    id published reviewedBy reviewNote evidence { id } } } }""").getList("data.positions.nodes", Map.class)
                .stream().filter(p -> p.get("id").equals(single.get("id"))).findFirst().orElseThrow();
        assertThat(withdrawn).containsEntry("published", false).containsEntry("reviewedBy", "editor:alice")
                .containsEntry("evidence", List.of());
        assertThat((String) withdrawn.get("reviewNote")).contains("withdrawn").contains(String.valueOf(statement));
        assertThat(actorPositionIds(actor, true)).doesNotContain(single.get("id"));

        // One of several statements is no longer about the topic: the position stands on the others.
        String topic = (String) ((Map<?, ?>) several.get("topic")).get("slug");
        Map<?, ?> untagged = (Map<?, ?>) ((List<?>) several.get("evidence")).get(0);
        List<String> otherTopics = ((List<?>) untagged.get("topics")).stream().map(t -> (String) ((Map<?, ?>) t).get("slug"))
                .filter(slug -> !slug.equals(topic)).toList();
        as(ALICE, "mutation($s: ID!, $t: [String!]!) { tagStatementTopics(statementId: $s, topics: $t) { id } }",
                Map.of("s", untagged.get("id"), "t", otherTopics));
        JsonPath kept = GraphQL.data("""
                query($a: ID!) { actor(id: $a) { positions(currentOnly: false) { id reviewState evidence { id } } } }""",
                Map.of("a", ((Map<?, ?>) several.get("actor")).get("id")));
        Map<?, ?> stands = kept.getList("data.actor.positions", Map.class).stream()
                .filter(p -> p.get("id").equals(several.get("id"))).findFirst().orElseThrow();
        assertThat(stands.get("reviewState")).isEqualTo("CONFIRMED");
        assertThat(((List<?>) stands.get("evidence"))).hasSize(((List<?>) several.get("evidence")).size() - 1)
                .noneSatisfy(e -> assertThat(((Map<?, ?>) e).get("id")).isEqualTo(untagged.get("id")));
    }

    @Test
    @Order(9)
    @SuppressWarnings("unchecked")
    void anEditorsOwnStanceOnTheSameEvidenceNeedsNoSuggestionBesideIt() {
        List<Map<String, Object>> curated = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "editor:sample-curation", reviewState: CONFIRMED}) { nodes {
                    stance actor { id } topic { slug } evidence { id topics { slug } } } } }""").getList("data.positions.nodes");
        assertThat(curated).hasSizeGreaterThan(5);
        // an editor re-tags one statement of each of these actors as it was: their topics are assessed again
        Map<Object, Map<String, Object>> retagged = new java.util.LinkedHashMap<>();
        curated.forEach(p -> retagged.putIfAbsent(((Map<?, ?>) p.get("actor")).get("id"),
                ((List<Map<String, Object>>) p.get("evidence")).get(0)));
        retagged.values().forEach(statement -> as(ALICE, """
                mutation($s: ID!, $t: [String!]!) { tagStatementTopics(statementId: $s, topics: $t) { id } }""",
                Map.of("s", statement.get("id"), "t", ((List<Map<String, Object>>) statement.get("topics")).stream()
                        .map(topic -> topic.get("slug")).toList())));

        List<Map<String, Object>> suggested = GraphQL.data("""
                { positions(first: 100, filter: {assessor: "extractor", reviewState: SUGGESTED, includeSuggested: true}) {
                    nodes { stance actor { id } topic { slug } evidence { id } } } }""").getList("data.positions.nodes");
        assertThat(suggested).as("the reassessment suggests stances").isNotEmpty();
        for (Map<String, Object> editors : curated) {
            List<Object> evidence = ((List<Map<String, Object>>) editors.get("evidence")).stream().map(e -> e.get("id")).toList();
            assertThat(suggested).as("a suggestion beside " + editors).noneSatisfy(suggestion -> {
                assertThat(suggestion.get("actor")).isEqualTo(editors.get("actor"));
                assertThat(suggestion.get("topic")).isEqualTo(editors.get("topic"));
                assertThat(suggestion.get("stance")).isEqualTo(editors.get("stance"));
                assertThat(evidence).containsAll(((List<Map<String, Object>>) suggestion.get("evidence")).stream()
                        .map(e -> e.get("id")).toList());
            });
        }
    }

    private static Object someoneOtherThan(Object actor) {
        return GraphQL.data("{ actors(first: 5) { nodes { id } } }").getList("data.actors.nodes.id").stream()
                .filter(id -> !id.equals(actor)).findFirst().orElseThrow();
    }

    /** The sample's articles, extracted again: the editors' statements stay, the extractor adds its own. */
    private static void ingest() throws IOException {
        for (String key : INGESTED) {
            given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(Files.readAllBytes(ARTICLES.resolve(key + ".txt")))
                    .queryParam("outlet", "The Independent").queryParam("extractAgain", true)
                    .when().post("/articles").then().statusCode(200);
        }
    }

    private static List<Map<String, Object>> suggestions() {
        return GraphQL.data(SUGGESTIONS).getList("data.positions.nodes");
    }

    private static List<Object> topicPositionIds(String topic, boolean includeSuggested) {
        return GraphQL.data("query($t: String!, $s: Boolean!) { topicBySlug(slug: $t) { positions(currentOnly: false, "
                + "includeSuggested: $s) { id } } }", Map.of("t", topic, "s", includeSuggested))
                .getList("data.topicBySlug.positions.id");
    }

    private static List<Object> actorPositionIds(Object actor, boolean includeSuggested) {
        return GraphQL.data("query($a: ID!, $s: Boolean!) { actor(id: $a) { positions(includeSuggested: $s) { id } } }",
                Map.of("a", actor, "s", includeSuggested)).getList("data.actor.positions.id");
    }

    private static JsonPath as(String token, String query, Map<String, Object> variables) {
        return given().spec(TestIdentity.as(token)).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).when().post("/graphql")
                .then().statusCode(200).extract().jsonPath();
    }
}
