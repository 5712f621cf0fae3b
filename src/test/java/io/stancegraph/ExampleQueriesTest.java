package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The product brief's five example queries, each answered in one request from the sample corpus. */
@QuarkusTest
class ExampleQueriesTest {

    @Test
    void actorByAliasWithStatementsEventsArticlesAndCoSpeakers() {
        JsonPath response = GraphQL.data("""
                query($name: String!) {
                  actorByName(name: $name) {
                    name
                    statements(filter: {topic: "putin-good-faith", from: "2025-05-01", to: "2025-05-31"}) {
                      kind text saidOn cue paragraph
                      span { start end }
                      event { name kind }
                      article { key outlet publishedOn }
                      speakers { name }
                    }
                  }
                }""", Map.of("name", "Mr Lammy"));

        assertThat(response.getString("data.actorByName.name")).isEqualTo("David Lammy");
        List<Map<String, Object>> statements = response.getList("data.actorByName.statements");
        Map<String, Object> prevaricating = statements.stream()
                .filter(statement -> statement.get("kind").equals("INDIRECT")
                        && ((String) statement.get("text")).contains("“prevaricating”"))
                .findFirst().orElseThrow();
        assertThat(prevaricating).containsEntry("saidOn", "2025-05-13").containsEntry("paragraph", 0)
                .containsEntry("cue", "say");
        assertThat(prevaricating.get("span")).isEqualTo(Map.of("start", 0, "end", 97));
        assertThat(prevaricating.get("event"))
                .isEqualTo(Map.of("name", "Foreign Office questions in the Commons", "kind", "PARLIAMENTARY"));
        assertThat(prevaricating.get("article")).isEqualTo(
                Map.of("key", "004_29483c680d38bcb6", "outlet", "The Independent", "publishedOn", "2025-05-13"));
        assertThat(prevaricating.get("speakers")).isEqualTo(List.of(Map.of("name", "David Lammy")));
        assertThat(statements).allSatisfy(statement -> assertThat((String) statement.get("saidOn")).startsWith("2025-05"));
    }

    @Test
    void topicPositionsWithEvidenceAndEvents() {
        JsonPath response = GraphQL.data("""
                {
                  topicBySlug(slug: "putin-good-faith") {
                    name
                    positions {
                      stance validFrom confidence assessor
                      actor { name }
                      evidence { text saidOn event { name } }
                    }
                  }
                }""");

        List<Map<String, Object>> positions = response.getList("data.topicBySlug.positions");
        assertThat(positions).<Object>extracting(position -> ((Map<?, ?>) position.get("actor")).get("name"))
                .contains("Donald Trump", "David Lammy", "Keir Starmer", "Calum Miller");
        Map<String, Object> trump = positions.stream()
                .filter(position -> ((Map<?, ?>) position.get("actor")).get("name").equals("Donald Trump"))
                .findFirst().orElseThrow();
        assertThat(trump).containsEntry("stance", "SUPPORTS").containsEntry("validFrom", "2025-02-13");
        List<Map<String, Object>> lammyEvidence = positions.stream()
                .filter(position -> ((Map<?, ?>) position.get("actor")).get("name").equals("David Lammy"))
                .findFirst().map(position -> (List<Map<String, Object>>) position.get("evidence")).orElseThrow();
        assertThat(lammyEvidence).isNotEmpty().allSatisfy(statement -> assertThat(statement.get("event"))
                .isEqualTo(Map.of("name", "Foreign Office questions in the Commons")));
    }

    @Test
    void eventParticipantsWhatEachSaidThereAndReportingArticles() {
        long eventId = GraphQL.data("""
                { events(filter: {nameContains: "Foreign Office questions"}) { nodes { id } } }""")
                .getLong("data.events.nodes[0].id");

        JsonPath response = GraphQL.data("""
                query($event: ID!) {
                  event(id: $event) {
                    name kind startsOn datePrecision
                    participants { name statements(filter: {event: $event}) { kind text } }
                    articles { key publishedOn }
                  }
                }""", Map.of("event", eventId));

        assertThat(response.getString("data.event.startsOn")).isEqualTo("2025-05-13");
        assertThat(response.getList("data.event.articles.key")).containsExactly("004_29483c680d38bcb6");
        List<Map<String, Object>> participants = response.getList("data.event.participants");
        Map<String, Object> lammy = participants.stream().filter(actor -> actor.get("name").equals("David Lammy"))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) lammy.get("statements"))
                .anySatisfy(statement -> assertThat((String) statement.get("text")).contains("it is Putin that is prevaricating"));
        Map<String, Object> cleverly = participants.stream().filter(actor -> actor.get("name").equals("James Cleverly"))
                .findFirst().orElseThrow();
        assertThat((List<Map<String, Object>>) cleverly.get("statements"))
                .anySatisfy(statement -> assertThat((String) statement.get("text")).contains("appetite of the president"));
    }

    @Test
    void fullTextSearchRankedFilteredAndPaginated() {
        JsonPath all = GraphQL.data("""
                { searchStatements(query: "security guarantee", first: 10) {
                    totalCount edges { rank node { text speakers { name } } } } }""");
        int total = all.getInt("data.searchStatements.totalCount");
        assertThat(total).isGreaterThanOrEqualTo(2);
        List<Float> ranks = all.getList("data.searchStatements.edges.rank", Float.class);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(all.getList("data.searchStatements.edges.node.text", String.class))
                .allSatisfy(text -> assertThat(text.toLowerCase()).contains("guarantee"));

        JsonPath starmer = GraphQL.data("""
                { searchStatements(query: "security guarantee", filter: {speakerName: "Sir Keir"}, first: 1) {
                    totalCount pageInfo { hasNextPage endCursor } edges { node { speakers { name } } } } }""");
        assertThat(starmer.getList("data.searchStatements.edges.node.speakers.name", List.class))
                .containsOnly(List.of("Keir Starmer"));
        int starmerTotal = starmer.getInt("data.searchStatements.totalCount");
        assertThat(starmerTotal).isPositive().isLessThan(total);
        assertThat(starmer.getBoolean("data.searchStatements.pageInfo.hasNextPage")).isEqualTo(starmerTotal > 1);
    }

    @Test
    void articleStatementsInReadingOrderWithSpeakers() {
        JsonPath response = GraphQL.data("""
                { articleByKey(key: "004_29483c680d38bcb6") {
                    outlet publishedOn paragraphs
                    statements { paragraph span { start end } kind text speakers { name } } } }""");

        List<Map<String, Object>> statements = response.getList("data.articleByKey.statements");
        assertThat(statements).hasSize(10);
        List<Integer> starts = statements.stream().map(statement -> (Integer) ((Map<?, ?>) statement.get("span")).get("start")).toList();
        assertThat(starts).isSorted();
        assertThat(statements.get(0)).containsEntry("paragraph", 0);
        assertThat(statements.get(0).get("speakers")).isEqualTo(List.of(Map.of("name", "David Lammy")));
        List<String> paragraphs = response.getList("data.articleByKey.paragraphs");
        String body = String.join("\n\n", paragraphs);
        for (Map<String, Object> statement : statements) {
            Map<?, ?> span = (Map<?, ?>) statement.get("span");
            assertThat(body.substring((Integer) span.get("start"), (Integer) span.get("end"))).isEqualTo(statement.get("text"));
        }
    }
}
