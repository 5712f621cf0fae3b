package io.stancegraph;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Queries over the read graph are answered by one compiled SQL statement; each answer must be the one the resolvers
 * give, field for field and in the same order, and anything the compiler does not know must reach the resolvers.
 */
@QuarkusTest
class CompiledReadsTest {

    private static final String EXECUTION = "Stancegraph-Execution";

    private static final String STATEMENT_FIELDS = """
            __typename id text kind cue medium paragraph datedOn saidOn saidOnPrecision speakerRole origin
            event { __typename id name kind location startsOn endsOn datePrecision }
            article { __typename id headline outlet publishedOn url contentHash key }
            speakers { __typename id name kind country wikidataId }
            topics { id slug name description }""";

    private static final String POSITION_FIELDS = """
            __typename id stance validFrom confidence assessor note reviewState published reviewedBy reviewNote
            actor { id name } topic { id slug name description }
            evidence { id datedOn text article { id outlet } speakers { name } }""";

    @Test
    void actorsWithTheirStatementsInEveryOrder() {
        for (String statements : List.of("statements(first: 5)", "statements(first: 3, orderBy: OLDEST_FIRST)",
                "statements(first: 4, orderBy: READING_ORDER)", "statements")) {
            assertSameAnswer("""
                    query($first: Int) { actors(first: $first) { __typename totalCount nodes {
                      __typename id name kind country wikidataId %s { %s } } } }"""
                    .formatted(statements, STATEMENT_FIELDS), Map.of("first", 100));
        }
        assertSameAnswer("{ actors { nodes { id } } }", Map.of());
        assertSameAnswer("{ actors(first: 0) { totalCount nodes { id } } }", Map.of());
    }

    @Test
    void topicsWithTheirPositionsCurrentAndPast() {
        List<String> slugs = GraphQL.data("{ topics(first: 100) { nodes { slug } } }").getList("data.topics.nodes.slug");
        assertThat(slugs).isNotEmpty();
        for (String slug : slugs) {
            for (String positions : List.of("positions", "positions(currentOnly: false)",
                    "positions(assessor: \"extractor\")", "positions(currentOnly: false, assessor: \"extractor\")",
                    "positions(assessor: \"editor:sample-curation\")", "positions(currentOnly: false, stance: SUPPORTS)",
                    "positions(includeSuggested: true)", "positions(currentOnly: false, includeSuggested: true)",
                    "positions(assessor: \"extractor\", includeSuggested: true)")) {
                assertSameAnswer("""
                        query($slug: String!) { topicBySlug(slug: $slug) { __typename id slug name description
                          %s { %s } } }""".formatted(positions, POSITION_FIELDS), Map.of("slug", slug));
            }
        }
        // Some topic has positions, so the comparisons above compared something.
        assertThat(slugs.stream().mapToInt(slug -> GraphQL.data(
                "query($slug: String!) { topicBySlug(slug: $slug) { positions(currentOnly: false) { id } } }",
                Map.of("slug", slug)).getList("data.topicBySlug.positions").size()).sum()).isPositive();
    }

    @Test
    void statementListsOfTopicsEventsAndArticlesWithFilters() {
        for (String statements : List.of("statements(first: 5)", "statements(first: 3, orderBy: OLDEST_FIRST)",
                "statements(filter: {from: \"2025-03-01\", to: \"2025-06-30\"})")) {
            assertSameAnswer("""
                    query { t1: topicBySlug(slug: "ceasefire-first") { slug %1$s { %2$s } }
                      t2: topicBySlug(slug: "ukraine-at-the-table") { slug %1$s { id } } }"""
                    .formatted(statements, STATEMENT_FIELDS), Map.of());
        }
        List<String> events = GraphQL.data("{ events(first: 100) { nodes { id } } }").getList("data.events.nodes.id");
        List<String> articles = GraphQL.data("{ articles(first: 100) { nodes { id } } }").getList("data.articles.nodes.id");
        assertThat(events).isNotEmpty();
        assertThat(articles).isNotEmpty();
        for (String id : events) {
            assertSameAnswer("query($id: ID!) { event(id: $id) { id statements { id text speakers { name } } } }",
                    Map.of("id", id));
            assertSameAnswer("query($id: ID!) { event(id: $id) { id statements(first: 2, orderBy: NEWEST_FIRST) { id } } }",
                    Map.of("id", id));
        }
        for (String id : articles) {
            assertSameAnswer("query($id: ID!) { article(id: $id) { id statements { id paragraph kind cue topics { slug } } } }",
                    Map.of("id", id));
            assertSameAnswer("query($id: ID!) { article(id: $id) { id statements(first: 3) { id } } }", Map.of("id", id));
        }
        String speaker = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { id } }").getString("data.actorByName.id");
        assertSameAnswer("""
                query($speaker: ID) { actors(first: 100) { nodes { id
                  statements(filter: {speaker: $speaker, from: "2025-01-01"}, first: 10) { id datedOn } } } }""",
                Map.of("speaker", speaker));
    }

    @Test
    void statementPagesWithEveryFilterAndOrderFollowedThroughTheirCursors() {
        String speaker = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { id } }").getString("data.actorByName.id");
        String outlet = GraphQL.data("{ articles(first: 1) { nodes { outlet } } }").getString("data.articles.nodes[0].outlet");
        assertThat(speaker).isNotNull();
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("speaker", speaker),
                Map.of("speaker", speaker, "topic", "ukraine-at-the-table", "from", "2025-01-01", "to", "2025-12-31"),
                Map.of("topic", "ceasefire-first"), Map.of("topic", "no-such-topic"),
                Map.of("kinds", List.of("DIRECT", "PARTIAL")), Map.of("kinds", List.of()),
                Map.of("outlet", outlet.toUpperCase()), Map.of("from", "2025-03-01", "to", "2025-03-31"));
        String query = """
                query($filter: StatementFilter, $order: StatementOrder!, $first: Int, $after: String) {
                  statements(filter: $filter, orderBy: $order, first: $first, after: $after) {
                    __typename totalCount pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
                    edges { __typename cursor node { id datedOn } } nodes { %s } } }""".formatted(STATEMENT_FIELDS);
        int pages = 0;
        int statements = 0;
        for (Map<String, Object> filter : filters) {
            for (String order : List.of("NEWEST_FIRST", "OLDEST_FIRST", "READING_ORDER")) {
                Map<String, Object> variables = new LinkedHashMap<>(Map.of("filter", filter, "order", order, "first", 7));
                // Every page of the list, through the cursors the compiled path hands out.
                for (int page = 0; page < 30; page++) {
                    assertSameAnswer(query, variables);
                    pages++;
                    var data = GraphQL.data(query, variables);
                    statements += data.getList("data.statements.nodes").size();
                    if (!data.getBoolean("data.statements.pageInfo.hasNextPage")) {
                        break;
                    }
                    variables.put("after", data.getString("data.statements.pageInfo.endCursor"));
                }
            }
        }
        assertThat(pages).as("lists that span pages were compared").isGreaterThan(filters.size() * 3);
        assertThat(statements).isGreaterThan(100);
        // An empty page, and a page past the end.
        assertSameAnswer("{ statements(first: 0) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { id } } }",
                Map.of());
        assertSameAnswer("query($after: String) { statements(first: 5, after: $after) { pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor } } }",
                Map.of("after", cursor(100_000)));
    }

    private static String cursor(int position) {
        return java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("offset:" + position).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void aliasesOfOneListWithDifferentArgumentsEachGetTheirOwnAnswer() {
        Response compiled = post("""
                { actors(first: 10) { nodes { newest: statements(first: 2) { id }
                  oldest: statements(first: 3, orderBy: OLDEST_FIRST) { id } } } }""", Map.of(), Map.of());
        assertThat(compiled.header(EXECUTION)).isEqualTo("compiled");
        assertThat(compiled.jsonPath().<Object>getList("data.actors.nodes.newest.id")).isEqualTo(GraphQL.byResolvers(
                "{ actors(first: 10) { nodes { statements(first: 2) { id } } } }", Map.of())
                .getList("data.actors.nodes.statements.id"));
        assertThat(compiled.jsonPath().<Object>getList("data.actors.nodes.oldest.id")).isEqualTo(GraphQL.byResolvers(
                "{ actors(first: 10) { nodes { statements(first: 3, orderBy: OLDEST_FIRST) { id } } } }", Map.of())
                .getList("data.actors.nodes.statements.id"));
        assertThat(compiled.jsonPath().<Object>getList("data.actors.nodes.newest.id"))
                .isNotEqualTo(compiled.jsonPath().getList("data.actors.nodes.oldest.id"));
    }

    @Test
    void fullTextSearchWithRanksCursorsAndFilters() {
        String speaker = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { id } }").getString("data.actorByName.id");
        assertThat(speaker).isNotNull();
        List<Map<String, Object>> filters = List.of(Map.of(), Map.of("from", "2025-03-01", "to", "2025-12-31"),
                Map.of("speaker", speaker), Map.of("to", "2025-01-01"));
        int matched = 0;
        for (String words : List.of("ceasefire", "Ukraine security", "\"coalition of the willing\"", "peace -Russia")) {
            for (Map<String, Object> filter : filters) {
                Map<String, Object> variables = Map.of("words", words, "filter", filter);
                String query = """
                        query($words: String!, $filter: StatementFilter) { searchStatements(query: $words, filter: $filter, first: 10) {
                          __typename edges { __typename rank cursor node { id text datedOn speakers { id name } article { id headline } } } } }""";
                assertSameAnswer(query, variables);
                matched += GraphQL.data(query, variables).getList("data.searchStatements.edges").size();
            }
        }
        assertThat(matched).as("the searches found something to compare").isGreaterThan(20);
    }

    @Test
    void singleRecordsByIdOrSlugIncludingMissingOnes() {
        Map<String, Object> ids = new LinkedHashMap<>();
        ids.put("actor", GraphQL.data("{ actors(first: 1) { nodes { id } } }").getString("data.actors.nodes[0].id"));
        ids.put("statement", GraphQL.data("{ statements(first: 1) { nodes { id } } }").getString("data.statements.nodes[0].id"));
        ids.put("article", GraphQL.data("{ articles(first: 1) { nodes { id } } }").getString("data.articles.nodes[0].id"));
        ids.put("event", GraphQL.data("{ events(first: 1) { nodes { id } } }").getString("data.events.nodes[0].id"));
        ids.put("topic", GraphQL.data("{ topics(first: 1) { nodes { id } } }").getString("data.topics.nodes[0].id"));
        assertSameAnswer("""
                query($actor: ID!, $statement: ID!, $article: ID!, $event: ID!, $topic: ID!) {
                  actor(id: $actor) { id name statements(first: 2) { id } }
                  statement(id: $statement) { %s }
                  article(id: $article) { id headline publishedOn }
                  event(id: $event) { id name startsOn }
                  topic(id: $topic) { id slug positions { id } }
                  missing: actor(id: "999999999") { id }
                  noTopic: topicBySlug(slug: "no-such-topic") { id } }""".formatted(STATEMENT_FIELDS), ids);
    }

    @Test
    void fragmentsVariablesAndSkippedFieldsAreResolvedBeforeCompiling() {
        String query = """
                query Reading($first: Int!, $withStatements: Boolean!) {
                  actors(first: $first) { nodes { ...Who statements(first: 2) @include(if: $withStatements) { ... on Statement { id text } } } }
                  __typename }
                fragment Who on Actor { id name }""";
        assertSameAnswer(query, Map.of("first", 7, "withStatements", true));
        assertSameAnswer(query, Map.of("first", 7, "withStatements", false));
    }

    @Test
    void whatTheCompilerDoesNotKnowIsAnsweredByTheResolvers() {
        // A field outside the compiled graph, a filter, a cursor, introspection and a mutation.
        for (String query : List.of(
                "{ actors(first: 3) { nodes { id aliases } } }",
                "{ actors(first: 3, filter: {kind: PERSON}) { nodes { id } } }",
                "{ actors(first: 3, orderBy: MOST_QUOTED) { nodes { id } } }",
                "{ actors(first: 3) { pageInfo { hasNextPage } } }",
                "{ statements(first: 3, filter: {speakerName: \"Keir Starmer\"}) { nodes { id } } }",
                "{ __schema { queryType { name } } }")) {
            Response response = post(query, Map.of(), Map.of());
            assertThat(response.header(EXECUTION)).as(query).isNull();
            assertThat(response.jsonPath().<Object>get("errors")).as(query).isNull();
        }
        // A mutation the resolvers refuse (an actor that does not exist), so the test changes no data.
        Response mutation = post("mutation { addActorAlias(actorId: \"999999999\", alias: \"Probe\") { id } }",
                Map.of(), Map.of("Authorization", "Bearer " + TestIdentity.editorToken()));
        assertThat(mutation.header(EXECUTION)).isNull();
        assertThat(mutation.jsonPath().getString("errors[0].extensions.code")).isEqualTo("NOT_FOUND");
    }

    @Test
    void badRequestsGetTheResolversErrors() {
        Response tooLarge = post("{ actors(first: 1000) { nodes { id } } }", Map.of(), Map.of());
        assertThat(tooLarge.header(EXECUTION)).isNull();
        assertThat(tooLarge.jsonPath().getString("errors[0].message")).contains("first must be between 0 and 100");

        Response unknownField = post("{ actors { nodes { shoeSize } } }", Map.of(), Map.of());
        assertThat(unknownField.header(EXECUTION)).isNull();
        assertThat(unknownField.jsonPath().getString("errors[0].message")).contains("shoeSize");

        Response badVariable = post("query($n: Int) { actors(first: $n) { nodes { id } } }", Map.of("n", "many"), Map.of());
        assertThat(badVariable.header(EXECUTION)).isNull();
        assertThat(badVariable.jsonPath().<Object>get("errors")).isNotNull();

        Response badCursor = post("{ statements(first: 3, after: \"bm90LWEtY3Vyc29y\") { nodes { id } } }", Map.of(), Map.of());
        assertThat(badCursor.header(EXECUTION)).isNull();
        assertThat(badCursor.jsonPath().getString("errors[0].message")).contains("after is not a cursor")
                .doesNotContain("bm90LWEtY3Vyc29y");
        Response bogusCursor = post("{ actors(after: \"bogus\") { nodes { id } } }", Map.of(), Map.of());
        assertThat(bogusCursor.jsonPath().getString("errors[0].extensions.field")).isEqualTo("after");
        assertThat(bogusCursor.jsonPath().getString("errors[0].message")).contains("after").doesNotContain("bogus");

        Response badId = post("{ actor(id: \"not-a-number\") { id } }", Map.of(), Map.of());
        assertThat(badId.header(EXECUTION)).isNull();
        assertThat(badId.jsonPath().<Object>get("errors")).isNotNull();
    }

    @Test
    void theQueryLimitsHoldOnTheCompiledPathToo() {
        // Deeper than the configured maximum depth (12): refused, not answered.
        String deep = "{ topicBySlug(slug: \"x\") { positions { actor { statements { speakers { statements { speakers {"
                + " statements { speakers { statements { speakers { statements { id } } } } } } } } } } } } }";
        Response response = post(deep, Map.of(), Map.of());
        assertThat(response.header(EXECUTION)).isNull();
        assertThat(response.jsonPath().<Object>get("errors")).isNotNull();
    }

    @Test
    void aliasesThatReadTheSameRecordsGetAnAnswerEach() {
        // The same actors under three aliases, as nodes and as edges: the resolvers read each nested list for the
        // actors of every alias in one batch.
        String query = """
                { a: actorByName(name: "Keir Starmer") { id statements(first: 2) { id } }
                  c: actors(first: 100) { edges { node { statements(first: 2) { id } } } }
                  d: actors(first: 100) { nodes { id statements(first: 2) { id } } } }""";
        List<String> newest = GraphQL.data("{ actorByName(name: \"Keir Starmer\") { statements(first: 2) { id } } }")
                .getList("data.actorByName.statements.id");
        assertThat(newest).hasSize(2);
        Map<String, JsonPath> answers = Map.of("default", post(query, Map.of(), Map.of()).jsonPath(),
                "resolvers", GraphQL.byResolvers(query, Map.of()));
        answers.forEach((path, answer) -> {
            assertThat(answer.<Object>get("errors")).as(path).isNull();
            assertThat(answer.getList("data.a.statements.id")).as(path).isEqualTo(newest);
            List<Map<String, Object>> actors = answer.getList("data.d.nodes");
            assertThat(answer.getList("data.c.edges.node.statements.id")).as(path).hasSize(actors.size())
                    .isEqualTo(answer.getList("data.d.nodes.statements.id"));
            int starmer = answer.getList("data.d.nodes.id").indexOf(answer.getString("data.a.id"));
            assertThat(answer.getList("data.d.nodes[" + starmer + "].statements.id")).as(path).isEqualTo(newest);
        });

        // With other arguments, the resolvers would answer both from one batch, read with the arguments of one: they
        // refuse the request. (The compiled read path answers such aliases; see the test above.)
        JsonPath refused = GraphQL.query("""
                { a: actorByName(name: "Keir Starmer") { statements(first: 2) { id } }
                  b: actorByName(name: "Keir Starmer") { statements(first: 3, orderBy: OLDEST_FIRST) { id } } }""",
                Map.of(), Map.of(EXECUTION, "resolvers"));
        assertThat(refused.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(refused.getString("errors[0].extensions.field")).isEqualTo("statements");
        assertThat(refused.getList("errors[0].path")).containsExactly("b", "statements");
        assertThat(refused.<Object>get("data")).isNull();
    }

    @Test
    void bothPathsAnswerInTheMediaTypeTheClientAccepts() {
        String query = "{ actors(first: 2) { nodes { name } } }";
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("*/*", "application/json");
        expected.put("application/json", "application/json");
        expected.put("application/graphql-response+json, application/json;q=0.9", "application/graphql-response+json");
        expected.put("text/html, */*;q=0.8", "application/json");
        for (Map.Entry<String, String> accept : expected.entrySet()) {
            for (Map<String, String> path : List.of(Map.<String, String>of(), Map.of(EXECUTION, "resolvers"))) {
                Response response = given().headers(path).accept(accept.getKey()).contentType(ContentType.JSON)
                        .body(Map.of("query", query)).post("/graphql");
                assertThat(response.statusCode()).as(accept.getKey() + " " + path).isEqualTo(200);
                assertThat(response.contentType()).as(accept.getKey() + " " + path).startsWith(accept.getValue());
                assertThat(response.jsonPath().getList("data.actors.nodes")).hasSize(2);
            }
        }
        assertThat(post(query, Map.of(), Map.of()).header(EXECUTION)).isEqualTo("compiled");
        for (Map<String, String> path : List.of(Map.<String, String>of(), Map.of(EXECUTION, "resolvers"))) {
            Response refused = given().headers(path).accept("text/html, application/*").contentType(ContentType.JSON)
                    .body(Map.of("query", query)).post("/graphql");
            assertThat(refused.statusCode()).as(path.toString()).isEqualTo(406);
            assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        }
    }

    /** The compiled answer, marked as such, equals the resolvers' answer. */
    @Test
    void aRepeatedDocumentIsAnsweredAnewForItsOwnVariablesAndTheDataOfTheMoment() {
        // The gate checks a repeated document and its variables once and keeps the result; the answers must not be kept.
        String query = "query($id: ID!) { actor(id: $id) { id name country statements(first: 2) { id text } } }";
        List<String> ids = GraphQL.data("{ actors(first: 3) { nodes { id } } }").getList("data.actors.nodes.id");
        assertThat(ids).hasSize(3);
        for (int round = 0; round < 3; round++) {
            for (String id : ids) {
                assertSameAnswer(query, Map.of("id", id));
                assertThat(post(query, Map.of("id", id), Map.of()).jsonPath().getString("data.actor.id")).isEqualTo(id);
            }
            // A refused request is refused each time it comes, not only the first.
            assertThat(GraphQL.query(query, Map.of("id", "2abc")).getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        }
        // An actor with a country, so that it can be put back.
        List<Map<String, String>> actors = GraphQL.data("{ actors(first: 100) { nodes { id country } } }").getList("data.actors.nodes");
        Map<String, String> withCountry = actors.stream().filter(actor -> actor.get("country") != null).findFirst().orElseThrow();
        String id = withCountry.get("id");
        String country = withCountry.get("country");
        assertThat(post(query, Map.of("id", id), Map.of()).jsonPath().getString("data.actor.country")).isEqualTo(country);
        String changed = "ZZ".equals(country) ? "ZY" : "ZZ";
        GraphQL.query("mutation($id: ID!, $country: String) { updateActor(id: $id, input: {country: $country}) { id } }",
                Map.of("id", id, "country", changed), Map.of("Authorization", "Bearer " + TestIdentity.editorToken()));
        try {
            Response after = post(query, Map.of("id", id), Map.of());
            assertThat(after.header(EXECUTION)).isEqualTo("compiled");
            assertThat(after.jsonPath().getString("data.actor.country")).isEqualTo(changed);
        } finally {
            GraphQL.query("mutation($id: ID!, $country: String) { updateActor(id: $id, input: {country: $country}) { id } }",
                    Map.of("id", id, "country", country),
                    Map.of("Authorization", "Bearer " + TestIdentity.editorToken()));
        }
    }

    private static void assertSameAnswer(String query, Map<String, Object> variables) {
        Response compiled = post(query, variables, Map.of());
        assertThat(compiled.header(EXECUTION)).as("answered by the compiled read path: " + query).isEqualTo("compiled");
        Object expected = GraphQL.byResolvers(query, variables).get("data");
        assertThat(normalized(compiled.jsonPath().get("data"))).as(query).isEqualTo(normalized(expected));
    }

    private static Response post(String query, Map<String, Object> variables, Map<String, String> headers) {
        return given().headers(headers).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .when().post("/graphql")
                .then().statusCode(200).extract().response();
    }

    /** Numbers compared by value: PostgreSQL writes 1 where Java writes 1.0. */
    private static Object normalized(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((key, child) -> copy.put(key, normalized(child)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(CompiledReadsTest::normalized).toList();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros();
        }
        return value;
    }
}
