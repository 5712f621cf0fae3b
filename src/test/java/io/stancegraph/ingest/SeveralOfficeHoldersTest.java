package io.stancegraph.ingest;

import static io.stancegraph.ingest.ProbeArticles.ingest;
import static io.stancegraph.ingest.ProbeArticles.speakerNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.stancegraph.GraphQL;

/**
 * A bare title whose post several stored actors hold on the article's day ("the president": of France, of Ukraine,
 * of the United States): the holder the article named before the title is its speaker; with none named before, the
 * statement is kept with no speaker, shown as doubtful.
 */
@QuarkusTest
@TestProfile(SeveralOfficeHoldersTest.OwnDatabase.class)
class SeveralOfficeHoldersTest {

    /** A database of its own, holding only the presidents imported here. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "several_holders");
        }
    }

    @BeforeEach
    void presidentsOfThreeCountries() {
        // importing the same records again changes nothing
        GraphQL.data("mutation($lines: String!) { importRecords(lines: $lines) { created } }", Map.of("lines", """
                {"type":"actor","name":"Emmanuel Macron","kind":"PERSON","country":"FR","aliases":["Mr Macron"],"tenures":[{"post":"President of France","from":"2017-05-14"}]}
                {"type":"actor","name":"Volodymyr Zelensky","kind":"PERSON","country":"UA","aliases":["Mr Zelensky"],"tenures":[{"post":"President of Ukraine","from":"2019-05-20"}]}
                {"type":"actor","name":"Donald Trump","kind":"PERSON","country":"US","aliases":["Mr Trump"],"tenures":[{"post":"President of the United States","from":"2025-01-20"}]}
                """));
    }

    private static List<Map<String, Object>> statements(long articleId) {
        return GraphQL.data("""
                query($id: ID!) { article(id: $id) { statements { text speakerRole speakerRule attributionConfidence
                    speakerDoubtful speakers { name } } } }""", Map.of("id", articleId))
                .getList("data.article.statements");
    }

    @Test
    void theOneStoredHolderNamedBeforeTheTitleSpeaks() {
        long article = ingest("Volodymyr Zelensky toured a drone workshop outside Dnipro on Tuesday.\n\n"
                + "The president said: \"Every machine built here keeps a soldier out of the trenches.\"\n\n"
                + "Emmanuel Macron, the president of France, is due in Kyiv on Friday.", "2025-03-11");
        assertThat(statements(article)).singleElement().satisfies(s -> {
            assertThat(s.get("text")).isEqualTo("Every machine built here keeps a soldier out of the trenches.");
            assertThat(speakerNames(s)).containsExactly("Volodymyr Zelensky");
            assertThat(s.get("speakerRule")).isEqualTo("subject-before-cue/title:registry-named");
        });
    }

    @Test
    void withNoStoredHolderNamedBeforeTheStatementIsKeptWithNoSpeakerShownAsDoubtful() {
        long article = ingest("Soldiers along the eastern front received new drones on Tuesday.\n\n"
                + "The president said: \"Every machine built here keeps a soldier out of the trenches.\"\n\n"
                + "Volodymyr Zelensky thanked Emmanuel Macron for the funding in a call on Monday.", "2025-03-11");
        assertThat(statements(article)).singleElement().satisfies(s -> {
            assertThat(s.get("text")).isEqualTo("Every machine built here keeps a soldier out of the trenches.");
            assertThat(speakerNames(s)).isEmpty();
            assertThat(s.get("speakerRole")).isEqualTo("The president");
            assertThat(s.get("speakerRule")).isEqualTo("subject-before-cue/title:several-holders:unnamed");
            assertThat(((Number) s.get("attributionConfidence")).doubleValue()).isZero();
            assertThat(s.get("speakerDoubtful")).isEqualTo(true);
        });
    }
    @Test
    void aTitleResolvedInOneArticleIsNoOnesNameInTheNext() {
        long first = ingest("Volodymyr Zelensky visited a rebuilt hospital in Kharkiv on Wednesday.\n\n"
                + "The president said: \"We will rebuild every ward.\"", "2025-03-12");
        assertThat(statements(first)).singleElement()
                .satisfies(s -> assertThat(speakerNames(s)).containsExactly("Volodymyr Zelensky"));
        // the next article's "the president" is any of the three, not the one the last article meant
        long next = ingest("Farmers blocked roads across the north on Thursday.\n\n"
                + "The president said: \"We will listen to every farmer.\"", "2025-03-13");
        assertThat(statements(next)).singleElement().satisfies(s -> {
            assertThat(speakerNames(s)).isEmpty();
            assertThat(s.get("speakerDoubtful")).isEqualTo(true);
        });
    }
    @Test
    void theFrenchPresidentIsTheStoredPresidentOfFranceAndNoGuessBecomesAnOffice() {
        for (String day : List.of("2025-03-05", "2025-03-06")) {
            long article = ingest("Volodymyr Zelensky visited troops near the front on " + day + ".\n\n"
                    + "The French president said: \"Europe must stand with Kyiv now, " + day + ".\"", day);
            // the stored President of France, not a guess from the article
            assertThat(statements(article)).singleElement().satisfies(s -> {
                assertThat(speakerNames(s)).as(day).containsExactly("Emmanuel Macron");
                assertThat((String) s.get("speakerRule")).as(day).endsWith("title:registry");
            });
        }
        assertThat(GraphQL.data("{ actorByName(name: \"Volodymyr Zelensky\") { offices { post } aliases } }")
                .getList("data.actorByName.offices.post", String.class)).containsExactly("President of Ukraine");
    }
}
