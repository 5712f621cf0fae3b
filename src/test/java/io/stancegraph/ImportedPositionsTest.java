package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Editors' positions brought in by an import meet the rules {@code setPosition} applies: a line that breaks one is
 * refused as any bad line is (the whole batch, naming the line and field), and the evidence becomes curated.
 */
@QuarkusTest
class ImportedPositionsTest {

    private static final String IMPORT = "mutation($lines: String!) { importRecords(lines: $lines) { created createdByType } }";
    private static final LocalDate SAID = HarbourRecords.SAID;

    @Test
    void anImportedPositionThatBreaksARuleOfSetPositionRefusesTheBatchWhoeverSignedIt() {
        HarbourRecords harbour = HarbourRecords.create();
        record Refusal(String topic, LocalDate validFrom, List<Map<String, Object>> evidence, String field, String reason) {
        }
        List<Refusal> refusals = List.of(
                new Refusal(harbour.tolls(), SAID, List.of(harbour.calderOnTolls(), harbour.haleOnTolls()),
                        "line 9.evidence[1]", "was not made by"),
                new Refusal(harbour.tolls(), SAID, List.of(harbour.calderOnTolls(), harbour.calderOnFerries()),
                        "line 9.evidence[1]", "is not about " + harbour.tolls()),
                new Refusal(harbour.tolls(), LocalDate.now().plusDays(2), List.of(harbour.calderOnTolls()),
                        "line 9.validFrom", "in the future"),
                new Refusal(harbour.tolls(), SAID.minusDays(1), List.of(harbour.calderOnTolls()),
                        "line 9.validFrom", "before the earliest evidence statement"),
                new Refusal(harbour.tolls(), SAID, List.of(), "line 9.evidence", "at least one evidence statement"));

        // an editor's position, published as confirmed; a suggestion, shown to reviewers as the actor's stance
        for (String assessor : List.of("editor:test", "extractor", "stance-model:v2")) {
            for (Refusal refusal : refusals) {
                String batch = harbour.with(HarbourRecords.position(harbour.calder(), refusal.topic(), refusal.validFrom(),
                        refusal.evidence(), assessor));
                String as = assessor + ": " + refusal.reason();
                JsonPath graphql = GraphQL.query(IMPORT, Map.of("lines", batch));
                assertThat(graphql.getString("errors[0].extensions.code")).as(as).isEqualTo("INVALID_INPUT");
                assertThat(graphql.getString("errors[0].extensions.field")).as(as).isEqualTo(refusal.field());
                assertThat(graphql.getString("errors[0].message")).as(as).startsWith("line 9:").contains(refusal.reason());
                given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(batch).when().post("/imports")
                        .then().statusCode(400).body("code", org.hamcrest.Matchers.equalTo("INVALID_INPUT"))
                        .body("field", org.hamcrest.Matchers.equalTo(refusal.field()));
            }
        }
        // Nothing of any refused batch was stored.
        assertThat(GraphQL.data("query($s: String!) { topicBySlug(slug: $s) { id } }", Map.of("s", harbour.tolls()))
                .getString("data.topicBySlug")).isNull();
        assertThat(GraphQL.data("query($n: String!) { actorByName(name: $n) { id } }", Map.of("n", harbour.calder()))
                .getString("data.actorByName")).isNull();

        // The same batch with positions their evidence bears out is stored: the editor's confirmed, the suggestion
        // waiting for review.
        JsonPath stored = GraphQL.data(IMPORT, Map.of("lines", harbour.with(
                HarbourRecords.position(harbour.calder(), harbour.tolls(), SAID, List.of(harbour.calderOnTolls()), "editor:test"),
                HarbourRecords.position(harbour.hale(), harbour.tolls(), SAID, List.of(harbour.haleOnTolls()), "stance-model:v2"))));
        assertThat(stored.getList("data.importRecords.createdByType")).contains("position=2", "statement=3");
        assertThat(GraphQL.data("""
                query($n: String!, $t: String!) { actorByName(name: $n) { positions(topic: $t, includeSuggested: true) {
                    assessor reviewState } } }""", Map.of("n", harbour.hale(), "t", harbour.tolls()))
                .getList("data.actorByName.positions", Map.class))
                .containsExactly(Map.of("assessor", "stance-model:v2", "reviewState", "SUGGESTED"));
        JsonPath positions = GraphQL.data("""
                query($n: String!, $t: String!) { actorByName(name: $n) { positions(topic: $t) {
                    stance validFrom assessor reviewState evidence { text } } } }""",
                Map.of("n", harbour.calder(), "t", harbour.tolls()));
        assertThat(positions.getList("data.actorByName.positions", Map.class)).singleElement().satisfies(position -> {
            assertThat(position).containsEntry("assessor", "editor:test").containsEntry("reviewState", "CONFIRMED")
                    .containsEntry("validFrom", SAID.toString());
            assertThat(position.get("evidence")).isEqualTo(List.of(Map.of("text", "Tolls must fall before the summer")));
        });
    }

    @Test
    void theEvidenceOfAnImportedEditorsPositionBecomesCuratedAndOutlivesExtractingItsArticleAgain() {
        String letters = HarbourRecords.letters();
        String slug = "quay-levy-" + letters;
        String keyword = "quay levy " + letters;
        String speaker = "Maren Kolby" + letters;
        String key = "quay-" + letters;
        GraphQL.data("mutation($input: TopicInput!) { createTopic(input: $input) { id } }",
                Map.of("input", Map.of("slug", slug, "name", "Quay levy " + letters, "keywords", List.of(keyword))));
        String article = "Levy vote\n\n\"The " + keyword + " is a mistake and we will vote against it,\" said " + speaker
                + ", the council leader.\n";
        ingest(article, key, false);
        JsonPath said = GraphQL.data("""
                query($n: String!, $t: String!) { actorByName(name: $n) { statements(filter: {topic: $t}) {
                    id origin datedOn span { start end } } } }""", Map.of("n", speaker, "t", slug));
        Map<String, Object> statement = said.getMap("data.actorByName.statements[0]");
        assertThat(statement).as("the quote is attributed to %s and tagged with %s", speaker, slug)
                .containsEntry("origin", "EXTRACTED");
        Map<?, ?> span = (Map<?, ?>) statement.get("span");

        GraphQL.data(IMPORT, Map.of("lines", HarbourRecords.position(speaker, slug, LocalDate.parse((String) statement.get("datedOn")),
                List.of(Map.of("article", key, "span", List.of(span.get("start"), span.get("end")))), "editor:test")));

        String evidence = """
                query($n: String!, $t: String!, $s: ID!) { statement(id: $s) { origin }
                    actorByName(name: $n) { positions(topic: $t, assessor: "editor:test") { evidence { id } } } }""";
        Map<String, Object> variables = Map.of("n", speaker, "t", slug, "s", statement.get("id"));
        assertThat(GraphQL.data(evidence, variables).getString("data.statement.origin")).isEqualTo("CURATED");
        ingest(article, key, true);
        assertThat(GraphQL.data(evidence, variables).getList("data.actorByName.positions[0].evidence.id"))
                .containsExactly(statement.get("id"));
    }

    private static void ingest(String article, String key, boolean extractAgain) {
        given().spec(TestIdentity.editor()).contentType(ContentType.TEXT).body(article)
                .queryParam("outlet", "Quay Courier").queryParam("publishedOn", "2025-04-02").queryParam("key", key)
                .queryParam("extractAgain", extractAgain).when().post("/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
    }
}
