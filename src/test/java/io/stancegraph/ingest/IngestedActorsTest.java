package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.stancegraph.GraphQL;
import io.stancegraph.TestIdentity;

/**
 * The actor table after ingesting two hand-annotated sets of unseen articles through the API: every actor is a
 * source the annotators name as a speaker (or one of a short reviewed list), and no person is stored twice.
 */
@QuarkusTest
@TestProfile(IngestedActorsTest.BlindSets.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestedActorsTest {

    /** A database of its own holding only these articles. */
    public static class BlindSets implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "blindsets");
        }
    }

    static final List<Path> SETS = List.of(Path.of("src/test/resources/extraction/evaluation-2026-12"),
            Path.of("src/test/resources/extraction/house-styles"));

    /**
     * Real sources that speak in the articles, stored under the article's own name where the annotators wrote a
     * fuller or another one (reviewed one by one).
     */
    static final Set<String> ACCEPTABLE_EXTRAS = Set.of(
            "the Conservatives", // "Conservative Party of Canada" in the gold
            "The Greens", // "Australian Greens"
            "Ministry of Health", "Ministry of Agriculture", // "Ontario Ministry of Health", "Saskatchewan ..."
            "Ministry of Defense", // "Russian Defense Ministry"
            "United Warehouse Workers Local", // "United Warehouse Workers Local 48"
            "Opposition Congress", // "Indian National Congress"
            "Tessa", // "Tessa Fehr": the article gives only her first name
            "Volodymyr Zelenskiy", "Volodymyr Zelenskyy"); // allowed as names, but at most one of the three is stored

    /**
     * Real people and organisations of the articles that the speaker rules give a statement the annotators give to
     * someone else: "its board ..., the company said" taken for a competitor named last (the firm itself is named
     * mostly by its short name), and a spokesperson's name for the company he speaks for (the contract does not say
     * whether a named spokesperson is the person or the organisation; the two hand-made sets differ). None of them is
     * a place, an outlet, a nationality, a cut name or a described group: those the name rules no longer make actors.
     */
    static final Set<String> LEFT_TO_THE_SPEAKER_RULES = Set.of("SK Hynix", "Hiroshi Tanabe");

    private static boolean ingested;

    @BeforeEach
    void ingestBothSetsOnce() throws IOException {
        if (ingested) {
            return;
        }
        ingested = true;
        for (Path dir : SETS) {
            for (Path file : articles(dir)) {
                boolean html = file.toString().endsWith(".html");
                given().spec(TestIdentity.editor()).contentType(html ? ContentType.HTML : ContentType.TEXT)
                        .body(Files.readAllBytes(file)).queryParam("outlet", "Blind set")
                        .queryParam("publishedOn", "2026-10-22")
                        .queryParam("key", file.getFileName().toString())
                        .when().post("/articles").then().statusCode(anyOf(equalTo(201), equalTo(200)));
            }
        }
    }

    @Test
    @Order(1)
    void everyActorIsASourceTheArticlesQuote() throws IOException {
        Set<String> allowed = new HashSet<>(goldSpeakers());
        allowed.addAll(ACCEPTABLE_EXTRAS);
        List<Map<String, Object>> actors = allActors();
        assertThat(actors).hasSizeGreaterThan(150);
        Set<String> junk = new TreeSet<>();
        for (Map<String, Object> actor : actors) {
            String name = (String) actor.get("name");
            if (!allowed.contains(name)) {
                junk.add(name);
            }
        }
        // What the actor store and the name rules let through is empty; what the speaker rules make is known by name.
        assertThat(junk).as("actors that are no source in the gold").isSubsetOf(LEFT_TO_THE_SPEAKER_RULES);
        assertThat(actors).filteredOn(actor -> actor.get("name").equals("Hanbit Electronics")).singleElement()
                .satisfies(actor -> assertThat(actor).containsEntry("kind", "ORGANIZATION"));
        assertThat(names(actors)).doesNotContain("Local", "The Small", "One Labour MP", "Hanbit", "Kim", "Park",
                "Lee", "Energy", "Analysts", "Owner George Kostas", "County Executive Nadia Farouk",
                "City Councilwoman Rebecca Stahl", "Stevenage MP Rachel Oduya", "Hanbit Electronics Co", "Lumora Inc",
                "Brightmart Inc", "Second World War", "Red Sox", "Rogers Arena", "Boston-based", "a European",
                // places, a constituency, a nationality, an outlet, cut names and described groups
                "Huron County", "Clinton", "Frankfurt", "Darlington North", "Ugandan", "Houston Chronicle", "Ahmed",
                "Federal Mediation", "Conciliation Service", "Water experts", "European officials",
                "Russian negotiators", "Connor Bailey");
    }

    @Test
    @Order(1)
    void aSpeakerTheArticleDoesNotNameIsShownByItsDescription() {
        List<Map<String, Object>> statements = GraphQL.data("""
                { articleByKey(key: "ba12_geneva_ukraine_talks.txt") {
                    statements { text speakerRole speakerRule speakers { name } } } }""")
                .getList("data.articleByKey.statements");
        assertThat(statements).as(String.valueOf(statements)).filteredOn(s -> ((String) s.get("text")).contains("delegation had proposed freezing"))
                .singleElement().satisfies(s -> {
                    assertThat(s).containsEntry("speakerRole", "Two people familiar with the talks");
                    assertThat(s.get("speakers")).as(String.valueOf(s)).isEqualTo(List.of());
                    assertThat((String) s.get("speakerRule")).endsWith(":unnamed");
                });
    }

    @Test
    @Order(1)
    void noPersonIsStoredTwice() {
        List<String> people = names(allActors().stream().filter(actor -> "PERSON".equals(actor.get("kind"))).toList());
        List<String> clashes = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            for (int j = i + 1; j < people.size(); j++) {
                if (onePerson(people.get(i), people.get(j))) {
                    clashes.add(people.get(i) + " / " + people.get(j));
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    @Order(1)
    void threeSpellingsOfZelenskyAreOneActorWithTheStatementsOfEachArticle() {
        JsonPath zelensky = GraphQL.data("""
                { actors(first: 10, filter: {nameContains: "zelensk"}) { nodes { id name aliases
                    statements(first: 50) { article { key } } } } }""");
        List<Map<String, Object>> nodes = zelensky.getList("data.actors.nodes");
        assertThat(nodes).hasSize(1);
        List<String> names = new ArrayList<>(zelensky.getList("data.actors.nodes[0].aliases", String.class));
        names.add(zelensky.getString("data.actors.nodes[0].name"));
        assertThat(names).contains("Volodymyr Zelenskiy", "Volodymyr Zelenskyy", "Volodymyr Zelensky");
        assertThat(new TreeSet<>(zelensky.getList("data.actors.nodes[0].statements.article.key", String.class)))
                .contains("ba12_geneva_ukraine_talks.txt", "ba14_ftse_ceasefire_hopes.txt", "ba15_prisoner_swap_ap.txt");
        for (String spelling : List.of("Zelenskiy", "Zelenskyy", "Volodymyr Zelensky", "Volodymyr Zelenskiy")) {
            assertThat(GraphQL.data("query($n: String!) { actorByName(name: $n) { id } }", Map.of("n", spelling))
                    .getString("data.actorByName.id")).as(spelling).isEqualTo(String.valueOf(nodes.get(0).get("id")));
        }
    }

    @Test
    @Order(2)
    void editorsAreShownLikelyDuplicatesAndMergeThem() {
        String suggestions = """
                query($after: String) { suggestedMerges(first: 100, after: $after) { nodes { reason score sameByName
                    first { id name } second { id name } } pageInfo { hasNextPage endCursor } } }""";
        List<Map<String, Object>> before = allSuggestions(suggestions);
        assertThat(before).noneMatch(suggestion -> Boolean.TRUE.equals(suggestion.get("sameByName")));

        long hanbit = createActor("Hanbit", "ORGANIZATION");
        long vladimir = createActor("Vladimir Zelensky", "PERSON");
        List<Map<String, Object>> after = allSuggestions(suggestions);
        Map<String, Object> zelensky = pairWith(after, vladimir);
        assertThat(zelensky).containsEntry("sameByName", true).containsEntry("reason", "the given name transliterated two ways");
        assertThat(pairWith(after, hanbit)).containsEntry("sameByName", false)
                .containsEntry("reason", "a short form of the longer name");
        assertThat(((Map<?, ?>) pairWith(after, hanbit).get("first")).get("name")).isEqualTo("Hanbit Electronics");
        assertThat(after).hasSize(before.size() + 2);

        // Nothing merged until an editor says so; then the pair is gone and the spelling an alias.
        long survivor = Long.parseLong(String.valueOf(((Map<?, ?>) zelensky.get("first")).get("id")));
        GraphQL.data("mutation($s: ID!, $d: ID!) { mergeActors(survivorId: $s, duplicateId: $d) { id } }",
                Map.of("s", survivor, "d", vladimir));
        assertThat(allSuggestions(suggestions)).hasSize(before.size() + 1);
        assertThat(GraphQL.data("{ actorByName(name: \"Vladimir Zelensky\") { id } }").getString("data.actorByName.id"))
                .isEqualTo(String.valueOf(survivor));
    }

    @Test
    @Order(3)
    void suggestionsAreForEditorsAndPagedWithTheirOwnCursor() {
        JsonPath reader = given().header("Authorization", "Bearer " + TestIdentity.token("rita", "reader"))
                .contentType(ContentType.JSON).body(Map.of("query", "{ suggestedMerges(first: 5) { nodes { reason } } }"))
                .when().post("/graphql").then().extract().jsonPath();
        assertThat(reader.getString("errors[0].extensions.code")).isEqualTo("FORBIDDEN");

        JsonPath bad = GraphQL.query("{ suggestedMerges(first: 5, after: \"nonsense\") { nodes { reason } } }");
        assertThat(bad.getString("errors[0].extensions.code")).isEqualTo("INVALID_INPUT");
        assertThat(bad.getList("errors[0].path", String.class)).contains("suggestedMerges");

        JsonPath one = GraphQL.data("{ suggestedMerges(first: 1) { nodes { reason } pageInfo { hasNextPage endCursor } } }");
        assertThat(one.getList("data.suggestedMerges.nodes")).hasSize(1);
        assertThat(one.getBoolean("data.suggestedMerges.pageInfo.hasNextPage")).isTrue();

        // Walked to its end, the list hands out no cursor for a page without suggestions.
        String page = """
                query($after: String) { suggestedMerges(first: 100, after: $after) { nodes { reason }
                    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }""";
        String last = null;
        for (int pages = 0; pages < 50; pages++) {
            java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", last);
            JsonPath answer = GraphQL.data(page, variables);
            assertThat(answer.getList("data.suggestedMerges.nodes")).isNotEmpty();
            assertThat(answer.getString("data.suggestedMerges.pageInfo.startCursor")).isNotNull();
            last = answer.getString("data.suggestedMerges.pageInfo.endCursor");
            assertThat(last).isNotNull();
            if (!answer.getBoolean("data.suggestedMerges.pageInfo.hasNextPage")) {
                break;
            }
        }
        JsonPath beyond = GraphQL.data(page, Map.of("after", last));
        assertThat(beyond.getList("data.suggestedMerges.nodes")).isEmpty();
        assertThat(beyond.getBoolean("data.suggestedMerges.pageInfo.hasNextPage")).isFalse();
        assertThat(beyond.getBoolean("data.suggestedMerges.pageInfo.hasPreviousPage")).isTrue();
        assertThat(beyond.getString("data.suggestedMerges.pageInfo.startCursor")).isNull();
        assertThat(beyond.getString("data.suggestedMerges.pageInfo.endCursor")).isNull();
    }

    /**
     * Two names of one person: the same given name (or its initial, or its transliteration: the same consonants)
     * with one surname spelt alike up to its transliterated ending; or a lone surname beside the full name ("Kim"
     * beside "Kim Jae-won", where the family name comes first).
     */
    static boolean onePerson(String a, String b) {
        String[] x = fold(a).split(" ");
        String[] y = fold(b).split(" ");
        if (x.length == 1 || y.length == 1) {
            String[] single = x.length == 1 ? x : y;
            String[] full = x.length == 1 ? y : x;
            return full.length > 1 && (single[0].equals(full[full.length - 1])
                    || single[0].equals(full[0]) && full[full.length - 1].contains("-"));
        }
        String surnameX = x[x.length - 1].replaceAll("(iy|yy|ii|ij|i)$", "y");
        String surnameY = y[y.length - 1].replaceAll("(iy|yy|ii|ij|i)$", "y");
        String givenX = x[0];
        String givenY = y[0];
        boolean sameGiven = givenX.equals(givenY) || givenX.length() == 1 && givenY.charAt(0) == givenX.charAt(0)
                || givenY.length() == 1 && givenX.charAt(0) == givenY.charAt(0)
                || givenX.replaceAll("[aeiouy]", "").equals(givenY.replaceAll("[aeiouy]", ""));
        return surnameX.equals(surnameY) && sameGiven;
    }

    private static String fold(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replaceAll("[.'’]", "").strip();
    }

    private static Map<String, Object> pairWith(List<Map<String, Object>> suggestions, long actorId) {
        return suggestions.stream().filter(suggestion -> String.valueOf(actorId)
                .equals(String.valueOf(((Map<?, ?>) suggestion.get("second")).get("id")))).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> allSuggestions(String query) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 50; page++) {
            java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonPath answer = GraphQL.data(query, variables);
            all.addAll(answer.getList("data.suggestedMerges.nodes"));
            if (!answer.getBoolean("data.suggestedMerges.pageInfo.hasNextPage")) {
                return all;
            }
            after = answer.getString("data.suggestedMerges.pageInfo.endCursor");
        }
        throw new AssertionError("suggestedMerges never reached its end");
    }

    private static long createActor(String name, String kind) {
        return GraphQL.data("mutation($n: String!, $k: ActorKind!) { createActor(input: {name: $n, kind: $k}) { id } }",
                Map.of("n", name, "k", kind)).getLong("data.createActor.id");
    }

    private static List<Map<String, Object>> allActors() {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        do {
            java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonPath page = GraphQL.data("""
                    query($after: String) { actors(first: 100, after: $after) { nodes { name kind }
                        pageInfo { hasNextPage endCursor } } }""", variables);
            all.addAll(page.getList("data.actors.nodes"));
            after = page.getBoolean("data.actors.pageInfo.hasNextPage") ? page.getString("data.actors.pageInfo.endCursor") : null;
        } while (after != null);
        return all;
    }

    private static List<String> names(List<Map<String, Object>> actors) {
        return actors.stream().map(actor -> (String) actor.get("name")).toList();
    }

    private static Set<String> goldSpeakers() throws IOException {
        Set<String> speakers = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path dir : SETS) {
            for (String line : Files.readAllLines(dir.resolve("gold.jsonl"))) {
                if (!line.isBlank()) {
                    for (JsonNode speaker : json.readTree(line).path("speakers")) {
                        speakers.add(speaker.asText());
                    }
                }
            }
        }
        return speakers;
    }

    private static List<Path> articles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.toString().endsWith(".txt") || file.toString().endsWith(".html"))
                    .sorted().toList();
        }
    }
}
