package io.stancegraph.ingest;

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

/**
 * Offices the service learns from articles name speakers in later ones: an office must not be learned from a name
 * that is no apposition, and an office two stored actors hold names neither of them.
 */
@QuarkusTest
@TestProfile(MisattributedOfficesTest.OwnDatabase.class)
class MisattributedOfficesTest {

    /** A database of its own, with no curated actors: every office in it was learned from these articles. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("stancegraph.sample.load", "false", "stancegraph.embedded-db.database", "misattributed");
        }
    }

    private static List<Map<String, Object>> statements(long articleId) {
        return GraphQL.data("""
                query($id: ID!) { article(id: $id) { statements { text speakerRule speakerDoubtful
                    speakers { name } event { name } } } }""", Map.of("id", articleId))
                .getList("data.article.statements");
    }

    private static List<String> offices(String actor) {
        return GraphQL.data("query($n: String!) { actorByName(name: $n) { offices { post } } }", Map.of("n", actor))
                .getList("data.actorByName.offices.post");
    }

    @Test
    void aNameBeforeTheSubjectIsNotGivenItsOfficeAndTwoHoldersOfAnOfficeNameNeither() {
        long macron = ingest("Emmanuel Macron, the president of France, said Europe must stand with Ukraine.", "2025-07-23");
        assertThat(statements(macron)).singleElement().satisfies(s -> assertThat(speakerNames(s)).containsExactly("Emmanuel Macron"));
        assertThat(offices("Emmanuel Macron")).anySatisfy(post -> assertThat(post).containsIgnoringCase("president"));
        ingest("Keir Starmer said the Channel crossings must stop.", "2025-07-23");

        long meeting = ingest("After meeting Keir Starmer, the president of France said Putin could not be trusted.", "2025-07-23");
        // the office the store knows (learned from the first article, for its day) names its one holder
        assertThat(statements(meeting)).singleElement().satisfies(s -> {
            assertThat(speakerNames(s)).containsExactly("Emmanuel Macron");
            assertThat((Map<?, ?>) s.get("event")).isNull();
        });
        assertThat(GraphQL.data("query($id: ID!) { article(id: $id) { events { name } } }", Map.of("id", meeting))
                .getList("data.article.events.name")).doesNotContain("After meeting");
        assertThat(offices("Keir Starmer")).isEmpty();

        // an office the store holds for two actors on the day (here learned from a wrong apposition) names neither
        ingest("Keir Starmer, the president of France, said the Channel crossings must stop.", "2025-07-23");
        assertThat(offices("Keir Starmer")).isNotEmpty();
        long rearm = ingest("The President of France said on Wednesday that Europe must rearm.", "2025-07-23");
        assertThat(statements(rearm)).hasSize(1).allSatisfy(s -> assertThat(speakerNames(s)).isEmpty());
    }
}
