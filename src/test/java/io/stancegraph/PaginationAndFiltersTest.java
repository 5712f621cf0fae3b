package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class PaginationAndFiltersTest {

    private static final String PAGE = """
            query($after: String) {
              statements(first: 10, after: $after, orderBy: OLDEST_FIRST) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id datedOn } }
              }
            }""";

    @Test
    void cursorsWalkTheWholeListOnceInOrder() {
        List<String> ids = new ArrayList<>();
        List<String> dates = new ArrayList<>();
        String after = null;
        int pages = 0;
        int total;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data(PAGE, variables);
            total = page.getInt("data.statements.totalCount");
            ids.addAll(page.getList("data.statements.edges.node.id"));
            dates.addAll(page.getList("data.statements.edges.node.datedOn"));
            assertThat(page.getBoolean("data.statements.pageInfo.hasPreviousPage")).isEqualTo(pages > 0);
            after = page.getBoolean("data.statements.pageInfo.hasNextPage")
                    ? page.getString("data.statements.pageInfo.endCursor") : null;
            pages++;
        } while (after != null);

        assertThat(total).isGreaterThanOrEqualTo(77);
        assertThat(ids).hasSize(total).doesNotHaveDuplicates();
        assertThat(dates).isSorted();
        assertThat(pages).isEqualTo((total + 9) / 10);
    }

    @Test
    void pageSizeAboveTheMaximumIsRefusedWithACode() {
        JsonPath response = GraphQL.query("{ statements(first: 1000) { totalCount } }");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("first");
        assertThat(response.getList("errors[0].path")).containsExactly("statements");
        assertThat(response.getString("errors[0].message")).contains("between 0 and 100");
    }

    @Test
    void nestedListsHaveTheSameBound() {
        JsonPath response = GraphQL.query("{ actors(first: 1) { nodes { statements(first: 101) { text } } } }");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getList("errors[0].path")).containsExactly("actors", "nodes", 0, "statements");
    }

    @Test
    void forgedCursorIsRefused() {
        JsonPath response = GraphQL.query("{ statements(first: 2, after: \"bm90LWEtY3Vyc29y\") { totalCount } }");
        assertThat(response.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(response.getString("errors[0].extensions.field")).isEqualTo("after");
    }

    @Test
    void filtersCombine() {
        JsonPath response = GraphQL.data("""
                { statements(first: 100, filter: {speakerName: "Donald Trump", kinds: [DIRECT, PARTIAL],
                                                   from: "2025-02-01", to: "2025-02-28", outlet: "the independent"}) {
                    totalCount nodes { kind datedOn speakers { name } article { outlet } } } }""");
        List<Map<String, Object>> statements = response.getList("data.statements.nodes");
        assertThat(statements).isNotEmpty();
        assertThat(response.getInt("data.statements.totalCount")).isEqualTo(statements.size());
        assertThat(statements).allSatisfy(statement -> {
            assertThat(statement.get("kind")).isIn("DIRECT", "PARTIAL");
            assertThat((String) statement.get("datedOn")).startsWith("2025-02");
            assertThat((List<Object>) statement.get("speakers")).contains(Map.of("name", "Donald Trump"));
        });
    }

    @Test
    void topicFilterOnlyReturnsStatementsAboutTheTopic() {
        JsonPath response = GraphQL.data("""
                { statements(first: 100, filter: {topic: "european-defence-spending"}) {
                    totalCount nodes { topics { slug } } } }""");
        assertThat(response.getInt("data.statements.totalCount")).isPositive();
        assertThat(response.getList("data.statements.nodes.topics.slug", List.class))
                .allSatisfy(slugs -> assertThat(slugs).contains("european-defence-spending"));
    }

    @Test
    void unknownSpeakerNameMatchesNothing() {
        JsonPath response = GraphQL.data("{ statements(filter: {speakerName: \"Nobody Atall\"}) { totalCount } }");
        assertThat(response.getInt("data.statements.totalCount")).isZero();
    }

    @Test
    void actorsFilterByAliasAndKind() {
        JsonPath response = GraphQL.data("""
                { actors(filter: {nameContains: "sir keir", kind: PERSON}) { totalCount nodes { name } } }""");
        assertThat(response.getList("data.actors.nodes.name")).containsExactly("Keir Starmer");
        JsonPath countries = GraphQL.data("{ actors(first: 100, filter: {kind: COUNTRY}) { totalCount nodes { kind } } }");
        assertThat(countries.getList("data.actors.nodes.kind")).isNotEmpty().containsOnly("COUNTRY");
    }
}
