package io.stancegraph.tools.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.stancegraph.GraphQL;
import io.stancegraph.position.Position;
import io.stancegraph.tools.synthetic.SyntheticRows.ActorRow;
import io.stancegraph.tools.synthetic.SyntheticRows.ArticleRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PositionRow;
import io.stancegraph.tools.synthetic.SyntheticRows.StatementRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TenureRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TopicRow;

/**
 * The generate command fills a database of its own; the service then answers the product's queries from it, and
 * every answer agrees with the data set the generator makes for the same scale and seed.
 */
@QuarkusTest
@TestProfile(SyntheticDataProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyntheticDataTest {

    private static final String SCALE = "0.02";
    private static final long SEED = 7;

    private static final SyntheticDataGenerator GENERATED = new SyntheticDataGenerator(Double.parseDouble(SCALE), SEED);
    private static final List<ArticleRow> ARTICLES = GENERATED.articles().toList();
    private static final Map<Long, StatementRow> STATEMENTS = ARTICLES.stream()
            .flatMap(article -> article.statements().stream())
            .collect(Collectors.toMap(StatementRow::id, Function.identity()));
    private static final List<PositionRow> POSITIONS = positions();

    private static boolean loaded;
    private static String lastOutput;

    @BeforeEach
    void generateOnce() {
        if (!loaded) {
            loaded = true;
            assertThat(generate()).as(lastOutput).isZero();
        }
    }

    @Test
    @Order(1)
    void everyGeneratedRowIsServedAndCounted() {
        JsonPath totals = GraphQL.data("""
                { actors { totalCount } articles { totalCount } statements { totalCount } events { totalCount }
                  topics { totalCount } positions { totalCount } }""");
        assertThat(totals.getInt("data.actors.totalCount")).isEqualTo(GENERATED.actors().size());
        assertThat(totals.getInt("data.articles.totalCount")).isEqualTo(ARTICLES.size());
        assertThat(totals.getInt("data.statements.totalCount")).isEqualTo(STATEMENTS.size());
        assertThat(totals.getInt("data.events.totalCount")).isEqualTo(GENERATED.events().size());
        assertThat(totals.getInt("data.topics.totalCount")).isEqualTo(20);
        assertThat(totals.getInt("data.positions.totalCount")).isEqualTo(POSITIONS.size());
        long speakers = STATEMENTS.values().stream().mapToLong(statement -> statement.speakerIds().size()).sum();
        assertThat(lastOutput).containsPattern("statement_speaker +" + String.format(Locale.ROOT, "%,d", speakers));
    }

    @Test
    @Order(2)
    void mostQuotedActorsStatementsPointIntoTheirArticlesWithEventsAndCoSpeakers() {
        Map<Long, Long> saidBy = new HashMap<>();
        STATEMENTS.values().forEach(statement -> statement.speakerIds().forEach(id -> saidBy.merge(id, 1L, Long::sum)));
        List<Long> mostQuoted = GENERATED.actors().stream()
                .sorted(Comparator.<ActorRow>comparingLong(actor -> -saidBy.getOrDefault(actor.id(), 0L))
                        .thenComparing(ActorRow::canonicalName))
                .limit(3).map(ActorRow::id).toList();

        JsonPath response = GraphQL.data("""
                { actors(first: 3, orderBy: MOST_QUOTED) { nodes { id
                    statements(first: 15) { id kind text cue paragraph span { start end } paragraphText
                      article { id body } event { id participants { id } articles { id } } speakers { id } } } } }""");
        List<Map<String, Object>> actors = response.getList("data.actors.nodes");
        assertThat(actors).extracting(actor -> id(actor.get("id"))).containsExactlyElementsOf(mostQuoted);
        for (Map<String, Object> actor : actors) {
            long actorId = id(actor.get("id"));
            List<Map<String, Object>> statements = list(actor.get("statements"));
            assertThat(statements).hasSize(15);
            for (Map<String, Object> statement : statements) {
                StatementRow generated = STATEMENTS.get(id(statement.get("id")));
                assertThat(statement).containsEntry("kind", generated.kind().name())
                        .containsEntry("text", generated.text()).containsEntry("cue", generated.cue())
                        .containsEntry("paragraph", generated.paragraph())
                        .containsEntry("span", Map.of("start", generated.spanStart(), "end", generated.spanEnd()));
                String body = (String) map(statement.get("article")).get("body");
                assertThat(body.substring(generated.spanStart(), generated.spanEnd())).isEqualTo(generated.text());
                assertThat((String) statement.get("paragraphText")).contains(generated.text());
                List<Long> speakers = ids(statement.get("speakers"));
                assertThat(speakers).contains(actorId).containsExactlyInAnyOrderElementsOf(generated.speakerIds());
                if (generated.eventId() == null) {
                    assertThat(statement.get("event")).isNull();
                } else {
                    Map<String, Object> event = map(statement.get("event"));
                    assertThat(id(event.get("id"))).isEqualTo(generated.eventId());
                    assertThat(ids(event.get("participants"))).containsAll(speakers);
                    assertThat(ids(event.get("articles"))).contains(generated.articleId());
                }
            }
            int total = GraphQL.data("query($id: ID!) { statements(filter: {speaker: $id}) { totalCount } }",
                    Map.of("id", actorId)).getInt("data.statements.totalCount");
            assertThat((long) total).isEqualTo(saidBy.get(actorId));
        }
    }

    @Test
    @Order(2)
    void topicPositionsRestOnTheActorsOwnStatementsOnTheTopic() {
        Map<Long, List<PositionRow>> byTopic = POSITIONS.stream().collect(Collectors.groupingBy(PositionRow::topicId));
        TopicRow topic = GENERATED.topics().stream()
                .max(Comparator.comparingInt(t -> byTopic.getOrDefault(t.id(), List.of()).size())).orElseThrow();
        List<PositionRow> expected = byTopic.get(topic.id());

        JsonPath response = GraphQL.data("""
                query($slug: String!) { topicBySlug(slug: $slug) {
                  positions(currentOnly: false) { id stance validFrom actor { id }
                    evidence { id datedOn speakers { id } topics { slug } } } } }""", Map.of("slug", topic.slug()));
        List<Map<String, Object>> history = response.getList("data.topicBySlug.positions");
        assertThat(history).extracting(position -> id(position.get("id")))
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(PositionRow::id).toList());
        Map<Long, PositionRow> expectedById = expected.stream().collect(Collectors.toMap(PositionRow::id, p -> p));
        for (Map<String, Object> position : history) {
            PositionRow generated = expectedById.get(id(position.get("id")));
            long actorId = id(map(position.get("actor")).get("id"));
            assertThat(actorId).isEqualTo(generated.actorId());
            assertThat(position).containsEntry("stance", generated.stance().name())
                    .containsEntry("validFrom", generated.validFrom().toString());
            List<Map<String, Object>> evidence = list(position.get("evidence"));
            assertThat(evidence).extracting(statement -> id(statement.get("id")))
                    .containsExactlyInAnyOrderElementsOf(generated.evidenceIds());
            assertThat(evidence).allSatisfy(statement -> {
                assertThat(ids(statement.get("speakers"))).contains(actorId);
                assertThat(list(statement.get("topics"))).extracting(t -> t.get("slug")).contains(topic.slug());
                assertThat((String) statement.get("datedOn")).isGreaterThanOrEqualTo(generated.validFrom().toString());
            });
        }
        // The current stance of each actor is the latest of its history, an editor's outranking the extractor's.
        Map<Long, Long> latestByActor = expected.stream().collect(Collectors.toMap(PositionRow::actorId,
                PositionRow::id, (a, b) -> outranks(expectedById.get(a), expectedById.get(b)) ? a : b));
        List<Map<String, Object>> current = GraphQL.data("""
                query($slug: String!) { topicBySlug(slug: $slug) { positions { id actor { id } } } }""",
                Map.of("slug", topic.slug())).getList("data.topicBySlug.positions");
        assertThat(current).extracting(position -> id(position.get("id")))
                .containsExactlyInAnyOrderElementsOf(latestByActor.values());
        assertThat(history.size()).as("the topic has history, not only current stances").isGreaterThan(current.size());
    }

    @Test
    @Order(2)
    void concurrentNestedRequestsEachGetTheWholeAnswer() throws Exception {
        // Two root fields, each with batched levels below: within one request they load side by side, and ten
        // clients at once put many requests' batches in flight together.
        TopicRow topic = GENERATED.topics().stream().max(Comparator.comparingLong(
                t -> POSITIONS.stream().filter(position -> position.topicId() == t.id()).count())).orElseThrow();
        String query = """
                query($slug: String!) {
                  topicBySlug(slug: $slug) { positions(currentOnly: false) { id stance actor { id name }
                    evidence { id text datedOn article { id headline } speakers { id } } } }
                  actors(first: 40, orderBy: NAME) { totalCount nodes { id name
                    statements(first: 10, orderBy: NEWEST_FIRST) { id event { id name } article { id outlet }
                      speakers { id name } } } } }""";
        Map<String, Object> variables = Map.of("slug", topic.slug());
        Object expected = GraphQL.byResolvers(query, variables).get("data");
        assertThat(GraphQL.data(query, variables).<Object>get("data")).as("the compiled answer").isEqualTo(expected);
        assertThat(GraphQL.data(query, variables).getList("data.topicBySlug.positions")).hasSizeGreaterThan(10);

        int clients = 10;
        int requestsEach = 12;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try {
            List<java.util.concurrent.Future<List<Object>>> answers = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                // Half the clients are answered by the resolvers, half by the compiled read path.
                Map<String, String> headers = client % 2 == 0 ? Map.of("Stancegraph-Execution", "resolvers") : Map.of();
                answers.add(pool.submit(() -> {
                    List<Object> received = new ArrayList<>();
                    for (int request = 0; request < requestsEach; request++) {
                        JsonPath response = GraphQL.query(query, variables, headers);
                        received.add(response.get("errors") != null ? response.get("errors") : response.get("data"));
                    }
                    return received;
                }));
            }
            for (java.util.concurrent.Future<List<Object>> answer : answers) {
                assertThat(answer.get(2, java.util.concurrent.TimeUnit.MINUTES)).allSatisfy(
                        received -> assertThat(received).as("every answer complete and free of errors").isEqualTo(expected));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @Order(2)
    void fullTextSearchFindsTheStatementsThatUseTheWords() {
        List<StatementRow> mentioningCeasefire = STATEMENTS.values().stream()
                .filter(statement -> statement.text().toLowerCase(Locale.ROOT).contains("ceasefire")).toList();
        JsonPath ceasefire = GraphQL.data("""
                { searchStatements(query: "ceasefire", first: 10) { totalCount
                    edges { rank node { id text article { id } speakers { id } } } } }""");
        assertThat(ceasefire.getInt("data.searchStatements.totalCount")).isEqualTo(mentioningCeasefire.size());
        assertThat((double) mentioningCeasefire.size() / STATEMENTS.size()).isBetween(0.01, 0.3);
        for (Map<String, Object> node : ceasefire.<Map<String, Object>>getList("data.searchStatements.edges.node")) {
            StatementRow generated = STATEMENTS.get(id(node.get("id")));
            assertThat((String) node.get("text")).isEqualTo(generated.text()).containsIgnoringCase("ceasefire");
            assertThat(id(map(node.get("article")).get("id"))).isEqualTo(generated.articleId());
            assertThat(ids(node.get("speakers"))).containsExactlyInAnyOrderElementsOf(generated.speakerIds());
        }

        JsonPath guarantee = GraphQL.data("""
                { searchStatements(query: "security guarantee", first: 3) { totalCount edges { node { text } } } }""");
        int found = guarantee.getInt("data.searchStatements.totalCount");
        assertThat(found).isPositive().isLessThan(STATEMENTS.size() / 5);
        assertThat(guarantee.getString("data.searchStatements.edges[0].node.text")).containsIgnoringCase("security guarantee");
    }

    @Test
    @Order(2)
    void anArticleListsItsStatementsInReadingOrderWithTheirSpeakers() {
        ArticleRow article = ARTICLES.stream().filter(a -> !a.eventIds().isEmpty())
                .max(Comparator.comparingInt(a -> a.statements().size())).orElseThrow();
        JsonPath response = GraphQL.data("""
                query($key: String!) { articleByKey(key: $key) { id outlet publishedOn url headline contentHash paragraphs
                    events { id } statements { id paragraph span { start } text speakers { id } } } }""",
                Map.of("key", article.sourceKey()));
        Map<String, Object> served = response.getMap("data.articleByKey");
        assertThat(id(served.get("id"))).isEqualTo(article.id());
        assertThat(served).containsEntry("outlet", article.outlet())
                .containsEntry("publishedOn", article.publishedOn().toString()).containsEntry("url", article.url())
                .containsEntry("headline", article.headline()).containsEntry("contentHash", article.contentHash());
        assertThat(String.join("\n\n", response.getList("data.articleByKey.paragraphs", String.class)))
                .isEqualTo(article.body());
        assertThat(ids(served.get("events"))).containsExactlyInAnyOrderElementsOf(article.eventIds());
        List<Map<String, Object>> statements = list(served.get("statements"));
        assertThat(statements).extracting(statement -> id(statement.get("id")))
                .containsExactlyElementsOf(article.statements().stream().map(StatementRow::id).toList());
        for (int i = 0; i < statements.size(); i++) {
            StatementRow generated = article.statements().get(i);
            assertThat(statements.get(i)).containsEntry("text", generated.text())
                    .containsEntry("paragraph", generated.paragraph());
            assertThat(ids(statements.get(i).get("speakers"))).containsExactlyInAnyOrderElementsOf(generated.speakerIds());
        }
    }

    @Test
    @Order(2)
    void officeHoldersAreFoundByNameWithTheirAliasesAndOffices() {
        Map<Long, List<TenureRow>> tenures = GENERATED.tenures().stream().collect(Collectors.groupingBy(TenureRow::actorId));
        ActorRow holder = GENERATED.actors().stream().filter(actor -> tenures.containsKey(actor.id())).findFirst()
                .orElseThrow();
        JsonPath response = GraphQL.data("""
                query($name: String!) { actorByName(name: $name) { id kind country aliases offices { post from to } } }""",
                Map.of("name", holder.canonicalName()));
        assertThat(id(response.get("data.actorByName.id"))).isEqualTo(holder.id());
        assertThat(response.getString("data.actorByName.kind")).isEqualTo("PERSON");
        assertThat(response.getString("data.actorByName.country")).isEqualTo(holder.country());
        assertThat(response.getList("data.actorByName.aliases", String.class)).containsExactlyInAnyOrderElementsOf(
                GENERATED.aliases().stream().filter(alias -> alias.actorId() == holder.id())
                        .map(SyntheticRows.AliasRow::alias).toList());
        TenureRow tenure = tenures.get(holder.id()).get(0);
        String post = GENERATED.posts().get((int) tenure.postId() - 1).label();
        Map<String, Object> office = new HashMap<>();
        office.put("post", post);
        office.put("from", tenure.startDate().toString());
        office.put("to", tenure.endDate() == null ? null : tenure.endDate().toString());
        assertThat(response.getList("data.actorByName.offices")).containsExactly(office);
    }

    @Test
    @Order(3)
    void refusesADatabaseThatHoldsDataAndReplacesItOnRequest() {
        // Identity sequences continue after the loaded ids: the service's own inserts do not collide with them.
        long created = id(GraphQL.data("mutation { createActor(input: {name: \"Editors' New Actor\", kind: PERSON}) { id } }")
                .get("data.createActor.id"));
        assertThat(created).isEqualTo(GENERATED.actors().size() + 1);

        assertThat(generate()).isEqualTo(1);
        assertThat(lastOutput).contains("already holds data").contains("--replace");
        assertThat(actorCount()).isEqualTo(GENERATED.actors().size() + 1);

        assertThat(generate("--replace")).as(lastOutput).isZero();
        assertThat(actorCount()).isEqualTo(GENERATED.actors().size());
        StatementRow first = STATEMENTS.get(1L);
        assertThat(GraphQL.data("{ statement(id: 1) { text } }").getString("data.statement.text")).isEqualTo(first.text());
    }

    private static int generate(String... options) {
        Config config = ConfigProvider.getConfig();
        List<String> args = new ArrayList<>(List.of(
                "--url", config.getValue("quarkus.datasource.jdbc.url", String.class),
                "--user", config.getValue("quarkus.datasource.username", String.class),
                "--password", config.getValue("quarkus.datasource.password", String.class),
                "--scale", SCALE, "--seed", Long.toString(SEED)));
        args.addAll(List.of(options));
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(output, true, StandardCharsets.UTF_8);
        int exit = GenerateCommand.run(args.toArray(String[]::new), stream, stream);
        lastOutput = output.toString(StandardCharsets.UTF_8);
        return exit;
    }

    private static int actorCount() {
        return GraphQL.data("{ actors { totalCount } }").getInt("data.actors.totalCount");
    }

    private static List<PositionRow> positions() {
        PositionPlanner planner = GENERATED.positionPlanner();
        STATEMENTS.values().stream().sorted(Comparator.comparingLong(StatementRow::id)).forEach(planner::accept);
        return planner.positions();
    }

    private static long id(Object value) {
        return Long.parseLong(value.toString());
    }

    private static List<Long> ids(Object nodes) {
        return list(nodes).stream().map(node -> id(node.get("id"))).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }

    private static boolean outranks(PositionRow one, PositionRow other) {
        boolean oneCurated = !Position.EXTRACTOR.equals(one.assessor());
        boolean otherCurated = !Position.EXTRACTOR.equals(other.assessor());
        if (oneCurated != otherCurated) {
            return oneCurated;
        }
        int byDate = one.validFrom().compareTo(other.validFrom());
        return byDate != 0 ? byDate > 0 : one.id() > other.id();
    }
}
