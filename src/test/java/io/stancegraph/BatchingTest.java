package io.stancegraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Nested lists are read in batches: the SQL a request costs depends on its shape, not on page sizes. */
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

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementCountDoesNotGrowWithPageSizes() {
        long small = statementsFor(5, 1);
        long large = statementsFor(50, 20);
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

    private long statementsFor(int actors, int statements) {
        var statistics = sessionFactory.getStatistics();
        statistics.clear();
        GraphQL.data(NESTED, Map.of("actors", actors, "statements", statements));
        return statistics.getPrepareStatementCount();
    }
}
