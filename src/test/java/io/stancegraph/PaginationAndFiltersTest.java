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
    void anIntThatIsNotAWhole32BitNumberIsRefusedNamingTheArgumentOnEveryReadPath() {
        // events is answered by the resolvers; statements and actors by the compiled read path.
        for (String list : List.of("events", "statements", "actors")) {
            for (Object first : List.of(2.5, 2147483648L, -2147483649L, 1e12)) {
                JsonPath response = GraphQL.query("query($n: Int) { " + list + "(first: $n) { nodes { id } } }", Map.of("n", first));
                String what = list + " with $n = " + first;
                assertThat(response.getString("errors[0].extensions.code")).as(what).isEqualTo("INVALID_INPUT");
                assertThat(response.getString("errors[0].extensions.field")).as(what).isEqualTo(list + ".first ($n)");
                assertThat(response.getString("errors[0].message")).as(what).contains("first").doesNotContain(String.valueOf(first));
                assertThat(response.getList("errors[0].path")).as(what).containsExactly(list);
                assertThat(response.getString("data")).as(what).isNull();
            }
            for (String first : List.of("2147483648", "2.5", "-2147483649")) {
                JsonPath response = GraphQL.query("{ " + list + "(first: " + first + ") { nodes { id } } }");
                String what = list + " with first: " + first;
                assertThat(response.getString("errors[0].extensions.code")).as(what).isEqualTo("INVALID_INPUT");
                // A float literal does not validate as an Int (field `first`); a whole one past 32 bits does, and is refused after.
                assertThat(response.getString("errors[0].extensions.field")).as(what)
                        .isEqualTo(first.contains(".") ? "first" : list + ".first");
                assertThat(response.getString("errors[0].message")).as(what).contains("first").doesNotContain(first);
            }
            // A whole number written as a float is a whole number.
            assertThat(GraphQL.data("query($n: Int) { " + list + "(first: $n) { nodes { id } } }", Map.of("n", 2.0))
                    .getList("data." + list + ".nodes")).hasSize(2);
        }
    }

    @Test
    void theEventDateFilterSelectsTheEventsWhoseDaysOverlapTheRange() {
        String name = "Two-day summit " + java.util.UUID.randomUUID();
        long id = GraphQL.data("mutation($input: EventInput!) { createEvent(input: $input) { id } }", Map.of("input",
                Map.of("name", name, "kind", "CONFERENCE", "startsOn", "2025-05-10", "endsOn", "2025-05-11"))).getLong("data.createEvent.id");
        String events = "query($name: String, $from: Date, $to: Date) { events(filter: {nameContains: $name, from: $from, to: $to}) { nodes { id } } }";
        for (List<String> range : List.of(List.of("2025-05-11", "2025-05-11"), List.of("2025-05-10", "2025-05-10"),
                List.of("2025-05-11", "2025-05-31"), List.of("2025-05-01", "2025-05-10"), List.of("2025-05-01", "2025-05-31"))) {
            assertThat(GraphQL.data(events, Map.of("name", name, "from", range.get(0), "to", range.get(1)))
                    .getList("data.events.nodes.id", Long.class)).as("from %s to %s", range.get(0), range.get(1)).containsExactly(id);
        }
        for (List<String> range : List.of(List.of("2025-05-12", "2025-05-31"), List.of("2025-05-01", "2025-05-09"))) {
            assertThat(GraphQL.data(events, Map.of("name", name, "from", range.get(0), "to", range.get(1)))
                    .getList("data.events.nodes.id", Long.class)).as("from %s to %s", range.get(0), range.get(1)).isEmpty();
        }
    }

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

    @Test
    void aNameIsFoundWhicheverApostropheTheReaderTypes() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        String curly = "Siobhán O\u2019Rourke " + tag;
        String straight = "Dara O'Neill " + tag;
        String create = "mutation($n: String!) { createActor(input: {name: $n, kind: PERSON}) { id } }";
        String curlyId = GraphQL.data(create, Map.of("n", curly)).getString("data.createActor.id");
        String straightId = GraphQL.data(create, Map.of("n", straight)).getString("data.createActor.id");

        String byName = "query($n: String!) { actorByName(name: $n) { id } }";
        assertThat(GraphQL.data(byName, Map.of("n", curly.replace('\u2019', '\''))).getString("data.actorByName.id"))
                .isEqualTo(curlyId);
        assertThat(GraphQL.data(byName, Map.of("n", curly)).getString("data.actorByName.id")).isEqualTo(curlyId);
        assertThat(GraphQL.data(byName, Map.of("n", straight.replace('\'', '\u2019'))).getString("data.actorByName.id"))
                .isEqualTo(straightId);

        String contains = "query($n: String) { actors(filter: {nameContains: $n}) { nodes { id } } }";
        assertThat(GraphQL.data(contains, Map.of("n", "o'rourke " + tag)).getList("data.actors.nodes.id"))
                .containsExactly(curlyId);
        assertThat(GraphQL.data(contains, Map.of("n", "O\u2019Neill " + tag)).getList("data.actors.nodes.id"))
                .containsExactly(straightId);
    }

    @Test
    void aSurnameAloneFindsTheOnePersonWhoBearsIt() {
        String surname = "Quarrendale" + java.util.UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String create = "mutation($n: String!) { createActor(input: {name: $n, kind: PERSON}) { id } }";
        String byName = "query($n: String!) { actorByName(name: $n) { id } }";
        String first = GraphQL.data(create, Map.of("n", "Petra " + surname)).getString("data.createActor.id");
        assertThat(GraphQL.data(byName, Map.of("n", surname.toUpperCase(java.util.Locale.ROOT)))
                .getString("data.actorByName.id")).isEqualTo(first);
        // an organisation of that name is no person, and two people of the surname are not told apart by it
        GraphQL.data("mutation($n: String!) { createActor(input: {name: $n, kind: ORGANIZATION}) { id } }",
                Map.of("n", "Friends of " + surname));
        assertThat(GraphQL.data(byName, Map.of("n", surname)).getString("data.actorByName.id")).isEqualTo(first);
        GraphQL.data(create, Map.of("n", "Tomas " + surname));
        assertThat(GraphQL.data(byName, Map.of("n", surname)).getString("data.actorByName")).isNull();
    }
}
