package io.stancegraph.ingest;

import static io.restassured.RestAssured.given;
import static io.stancegraph.ingest.ProbeArticles.ingest;
import static io.stancegraph.ingest.ProbeArticles.speakerNames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.stancegraph.GraphQL;
import io.stancegraph.TestIdentity;

/**
 * What the service stores when an article leaves a speaker unsettled: a title is not given to someone a later
 * paragraph names, a title two stored actors hold keeps its statement with no speaker, as doubtful, and the headline
 * line of a plain-text article says nothing.
 */
@QuarkusTest
@TestProfile(TitlesAndHeadlinesTest.OwnDatabase.class)
class TitlesAndHeadlinesTest {

    /** A database of its own, with no curated actors: every office in it was learned from these articles. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "titles_headlines");
        }
    }

    private static List<Map<String, Object>> statements(long articleId) {
        return GraphQL.data("""
                query($id: ID!) { article(id: $id) { statements { kind text speakerRole speakerRule speakerDoubtful
                    speakers { name } } } }""", Map.of("id", articleId))
                .getList("data.article.statements");
    }

    @Test
    void aTitleIsNotGivenToSomeoneALaterParagraphNames() {
        long article = ingest("Volodymyr Zelensky visited troops near Kharkiv on Monday.\n\n"
                + "The president said: \"Our soldiers are holding the line.\"\n\n"
                + "Mr Zelensky later met Emmanuel Macron, the president of France, in Kyiv.", "2025-02-14");
        assertThat(statements(article)).singleElement().satisfies(s -> {
            assertThat(speakerNames(s)).isSubsetOf("Volodymyr Zelensky");
            assertThat(s.get("speakerDoubtful")).isEqualTo(true);
        });
    }

    @Test
    void aTitleTwoStoredActorsHoldKeepsItsStatementWithNoSpeakerShownAsDoubtful() {
        ingest("David Lammy, the Foreign Secretary, said Britain would stand by Ukraine for as long as it takes.",
                "2025-07-24");
        ingest("Yvette Cooper, the Foreign Secretary, said the talks in Geneva had been constructive.", "2025-07-24");
        long article = ingest("The Foreign Secretary said on Wednesday that Britain would not send troops to Ukraine.",
                "2025-07-24");
        assertThat(statements(article)).singleElement().satisfies(s -> {
            assertThat(s.get("text")).isEqualTo("Britain would not send troops to Ukraine");
            assertThat(speakerNames(s)).isEmpty();
            assertThat(s.get("speakerRole")).isEqualTo("The Foreign Secretary");
            assertThat(s.get("speakerDoubtful")).isEqualTo(true);
        });
    }

    @Test
    void theHeadlineLineOfAPlainTextArticleYieldsNoStatement() {
        String headline = "Macron urges Europe to rearm as Lammy rules out Nato shortcut for Kyiv";
        long article = ingest(headline + "\n\nEmmanuel Macron said on Thursday that Europe must spend far more on its "
                + "own defence.\n\nDavid Lammy told MPs that Nato membership for Kyiv was not on the table.", "2025-02-14");
        assertThat(statements(article)).extracting(s -> (String) s.get("text"))
                .containsExactly("Europe must spend far more on its own defence", "Nato membership for Kyiv was not on the table");
        assertThat(given().spec(TestIdentity.editor()).when().get("/articles/" + article).then().statusCode(200).extract().jsonPath()
                .getString("headline")).isEqualTo(headline);
    }
}
