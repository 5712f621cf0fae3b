package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Nested lists are read in batches: the SQL a request costs depends on its shape, not on page sizes
 * or on how much data sits under each node. Each shape here is one of the benchmark's queries.
 */
@QuarkusTest
class BatchingTest {

    private static final String NESTED = """
            query($actors: Int!, $statements: Int!) {
              actors(first: $actors, orderBy: MOST_QUOTED) {
                totalCount
                nodes {
                  name aliases
                  offices { post }
                  statements(first: $statements) {
                    text paragraphText
                    event { name participants { name } }
                    article { key outlet }
                    speakers { name }
                    topics { slug }
                  }
                  positions { stance topic { slug } evidence { text } }
                }
              }
            }""";

    private static final String ACTOR_STATEMENTS = """
            query($actors: Int!, $statements: Int!) {
              actors(first: $actors) {
                nodes {
                  id name
                  statements(first: $statements) {
                    id text kind datedOn
                    event { id name startsOn }
                    article { id headline outlet publishedOn }
                    speakers { id name }
                  }
                }
              }
            }""";

    private static final String TOPIC_POSITIONS = """
            query($slug: String!) {
              topicBySlug(slug: $slug) {
                name
                positions(currentOnly: false) {
                  stance validFrom confidence
                  actor { id name }
                  evidence { id text datedOn article { id headline } }
                }
              }
            }""";

    private static final String FILTERED_LIST = """
            query($first: Int!, $after: String, $filter: StatementFilter) {
              statements(first: $first, after: $after, filter: $filter) {
                totalCount
                pageInfo { endCursor hasNextPage }
                nodes { id text datedOn kind speakers { id name } article { id headline } }
              }
            }""";

    private static final String SEARCH = """
            query($first: Int!, $filter: StatementFilter) {
              searchStatements(query: "ukraine", first: $first, filter: $filter) {
                totalCount
                edges { rank node { id text datedOn speakers { id name } article { id headline } } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementCountDoesNotGrowWithPageSizes() {
        long small = statementsFor(NESTED, Map.of("actors", 5, "statements", 1));
        long large = statementsFor(NESTED, Map.of("actors", 50, "statements", 20));
        assertThat(large).isEqualTo(small);
        // One query per nested level, bounded by the query's shape.
        assertThat(large).isLessThanOrEqualTo(20);
    }

    @Test
    void largePageReallyReturnsNestedData() {
        JsonPath response = GraphQL.data(NESTED, Map.of("actors", 50, "statements", 20));
        List<Map<String, Object>> actors = response.getList("data.actors.nodes");
        assertThat(actors).hasSizeGreaterThan(30);
        int statements = actors.stream().mapToInt(actor -> ((List<?>) actor.get("statements")).size()).sum();
        assertThat(statements).isGreaterThan(70);
    }

    @Test
    void actorsWithLatestStatementsCostOneQueryPerLevel() {
        long tiny = statementsFor(ACTOR_STATEMENTS, Map.of("actors", 1, "statements", 1));
        long small = statementsFor(ACTOR_STATEMENTS, Map.of("actors", 10, "statements", 5));
        long large = statementsFor(ACTOR_STATEMENTS, Map.of("actors", 50, "statements", 20));
        assertThat(large).isEqualTo(small);
        // a page whose statements link no event skips that level
        assertThat(tiny).isLessThanOrEqualTo(small);
        // actors; the latest statements of every actor; events, articles and speakers of all at once
        assertThat(large).isLessThanOrEqualTo(5);
        int returned = GraphQL.data(ACTOR_STATEMENTS, Map.of("actors", 50, "statements", 20))
                .getList("data.actors.nodes.statements.flatten()").size();
        assertThat(returned).isGreaterThan(70);
    }

    @Test
    void topicPositionsCostTheSameForATopicWithManyPositionsAsForOneWithFew() {
        Map<String, Integer> positionsBySlug = positionsPerTopic();
        String busiest = positionsBySlug.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        String quietest = positionsBySlug.entrySet().stream().filter(entry -> entry.getValue() > 0)
                .min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(positionsBySlug.get(busiest)).isGreaterThan(positionsBySlug.get(quietest));

        long few = statementsFor(TOPIC_POSITIONS, Map.of("slug", quietest));
        long many = statementsFor(TOPIC_POSITIONS, Map.of("slug", busiest));
        assertThat(many).isEqualTo(few);
        // topic, positions, actors, evidence, articles
        assertThat(many).isLessThanOrEqualTo(5);
    }

    @Test
    void filteredListPageTwoCostsTheSameAsASmallFirstPage() {
        Map<String, Object> filter = Map.of("from", "2025-01-01", "to", "2025-12-31", "topic", "ukraine-at-the-table");
        JsonPath firstPage = GraphQL.data(FILTERED_LIST, Map.of("first", 2, "filter", filter));
        assertThat(firstPage.getBoolean("data.statements.pageInfo.hasNextPage")).isTrue();
        String cursor = firstPage.getString("data.statements.pageInfo.endCursor");

        long small = statementsFor(FILTERED_LIST, Map.of("first", 1, "filter", filter));
        Map<String, Object> secondPage = Map.of("first", 2, "after", cursor, "filter", filter);
        long pageTwo = statementsFor(FILTERED_LIST, secondPage);
        long large = statementsFor(FILTERED_LIST, Map.of("first", 100, "filter", filter));
        assertThat(pageTwo).isEqualTo(small);
        assertThat(large).isEqualTo(small);
        // topic id and page ids, page rows; topic id and count; speakers, articles
        assertThat(large).isLessThanOrEqualTo(7);
        assertThat(GraphQL.data(FILTERED_LIST, secondPage).getList("data.statements.nodes")).isNotEmpty();
    }

    @Test
    void searchCostsTheSameWhateverThePageSize() {
        long small = statementsFor(SEARCH, Map.of("first", 1));
        long large = statementsFor(SEARCH, Map.of("first", 100, "filter", Map.of("from", "2025-01-01")));
        assertThat(large).isEqualTo(small);
        // ranked page ids, page rows, count, speakers, articles
        assertThat(large).isLessThanOrEqualTo(5);
        assertThat(GraphQL.data(SEARCH, Map.of("first", 100)).getList("data.searchStatements.edges"))
                .hasSizeGreaterThan(10);
    }

    @Test
    void batchesOfOneRequestShareItsSessionSafelyUnderLoad() throws Exception {
        // Each request's batches (events, articles, speakers, topics, positions) run on several worker threads at
        // once over the request's one session; many such requests together must all answer in full.
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<JsonPath>> responses = new java.util.ArrayList<>();
            for (int i = 0; i < 48; i++) {
                responses.add(pool.submit(() -> GraphQL.query(NESTED, Map.of("actors", 50, "statements", 20))));
            }
            for (java.util.concurrent.Future<JsonPath> response : responses) {
                JsonPath result = response.get();
                assertThat((Object) result.get("errors")).isNull();
                assertThat(result.getList("data.actors.nodes")).hasSizeGreaterThan(30);
            }
        } finally {
            pool.shutdown();
        }
    }

    private Map<String, Integer> positionsPerTopic() {
        JsonPath topics = GraphQL.data("{ topics(first: 100) { nodes { slug positions(currentOnly: false) { stance } } } }");
        List<Map<String, Object>> nodes = topics.getList("data.topics.nodes");
        return nodes.stream().collect(java.util.stream.Collectors.toMap(
                topic -> (String) topic.get("slug"), topic -> ((List<?>) topic.get("positions")).size()));
    }

    @Test
    void theCompiledPathAnswersTheBenchmarkShapesWithoutTheResolvers() {
        // Its answer is one SQL statement (CompiledReadRoute runs exactly one per request); the resolvers, which
        // would read through Hibernate, run no query at all, whatever the page sizes.
        for (Map<String, Object> sizes : List.of(Map.<String, Object>of("actors", 1, "statements", 1),
                Map.<String, Object>of("actors", 50, "statements", 20))) {
            assertThat(hibernateStatementsOfCompiled(ACTOR_STATEMENTS, sizes)).isZero();
        }
        assertThat(hibernateStatementsOfCompiled(TOPIC_POSITIONS, Map.of("slug", "ceasefire-first"))).isZero();
    }

    private long hibernateStatementsOfCompiled(String query, Map<String, Object> variables) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        String execution = io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).when().post("/graphql")
                .then().statusCode(200).extract().header("Stancegraph-Execution");
        assertThat(execution).isEqualTo("compiled");
        return statistics.getPrepareStatementCount();
    }

    private long statementsFor(String query, Map<String, Object> variables) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.byResolvers(query, variables);
        return statistics.getPrepareStatementCount();
    }
}
