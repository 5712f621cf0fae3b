package io.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** One clean name per actor over invented articles: what the name rules read, and what the store gets. */
class ActorNameCleanupTest {

    private static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private final StatementExtractor extractor = new StatementExtractor();

    private Extraction tidied(String... paragraphs) {
        return ActorNameCleanup.tidy(extractor.extract(ArticleText.of(List.of(paragraphs), FRIDAY, null, null, null)));
    }

    private static List<String> speakers(Extraction extraction) {
        return extraction.statements().stream().flatMap(statement -> statement.speakerNames().stream()).distinct().toList();
    }

    private static List<String> actors(Extraction extraction) {
        return extraction.actors().stream().map(ActorMention::name).toList();
    }

    @Test
    void aLoneFamilyNameIsTheOnePersonOfTheArticleWhoBearsIt() {
        Extraction extraction = tidied(
                "Brisk Robotics hired Choi Min-jun, its new head of design, on Monday.",
                "\"We will build the arm in Busan,\" Choi said.");
        assertThat(speakers(extraction)).containsExactly("Choi Min-jun");
        assertThat(actors(extraction)).doesNotContain("Choi");
    }

    @Test
    void roleWordsGluedBeforeANameAreNotPartOfIt() {
        Extraction extraction = tidied("\"The bridge stays shut,\" said County Executive Marla Quint on Tuesday.");
        assertThat(speakers(extraction)).doesNotContain("County Executive Marla Quint");
        Map<String, ActorKind> kinds = Map.of("Owner Basil Fenn", ActorKind.PERSON,
                "Redcliff MP Joan Tarrow", ActorKind.PERSON, "City Councilwoman Ada Pell", ActorKind.PERSON,
                "Rival Orrin Motors Corp", ActorKind.ORGANIZATION, "Mary Lou Fenn", ActorKind.PERSON);
        assertThat(ActorNameCleanup.names(kinds)).containsEntry("Owner Basil Fenn", "Basil Fenn")
                .containsEntry("Redcliff MP Joan Tarrow", "Joan Tarrow")
                .containsEntry("City Councilwoman Ada Pell", "Ada Pell")
                .containsEntry("Rival Orrin Motors Corp", "Orrin Motors")
                .containsEntry("Mary Lou Fenn", "Mary Lou Fenn");
    }

    @Test
    void aCompanyIsOneActorWithAndWithoutItsLegalFormAndByItsFirstWord() {
        Map<String, String> names = ActorNameCleanup.names(Map.of("Tallow Foods Inc", ActorKind.ORGANIZATION,
                "Tallow", ActorKind.PERSON, "Tallow Foods", ActorKind.ORGANIZATION));
        assertThat(names).containsEntry("Tallow Foods Inc", "Tallow Foods").containsEntry("Tallow", "Tallow Foods")
                .containsEntry("Tallow Foods", "Tallow Foods");
    }

    @Test
    void aNameWithALegalFormIsACompanyWhateverKindTheRulesGaveIt() {
        Extraction extraction = new Extraction(List.of(new ExtractedStatement(QuoteKind.DIRECT, "We grow", List.of(
                new Speaker("Tallow", ActorKind.PERSON, null)), "say", 0, 0, 7, null, null, null, "test")),
                List.of(new ActorMention("Tallow Foods Inc", ActorKind.PERSON, List.of("Tallow Foods Inc"), List.of()),
                        new ActorMention("Tallow", ActorKind.PERSON, List.of("Tallow"), List.of())),
                List.of());
        Extraction tidy = ActorNameCleanup.tidy(extraction);
        assertThat(tidy.actors()).singleElement().satisfies(mention -> {
            assertThat(mention.name()).isEqualTo("Tallow Foods");
            assertThat(mention.kind()).isEqualTo(ActorKind.ORGANIZATION);
            assertThat(mention.aliases()).contains("Tallow Foods Inc", "Tallow");
        });
        assertThat(tidy.statements().get(0).speakers()).containsExactly(new Speaker("Tallow Foods", ActorKind.ORGANIZATION, null));
    }

    @Test
    void twoSpellingsOfOnePersonInAnArticleAreTheFirst() {
        Map<String, String> names = ActorNameCleanup.names(Map.of("Dmitry Orlovsky", ActorKind.PERSON));
        assertThat(names).containsEntry("Dmitry Orlovsky", "Dmitry Orlovsky");
        Map<String, ActorKind> two = new java.util.LinkedHashMap<>();
        two.put("Dmitry Orlovsky", ActorKind.PERSON);
        two.put("Dmitriy Orlovskiy", ActorKind.PERSON);
        two.put("Dmitry Orlov", ActorKind.PERSON);
        assertThat(ActorNameCleanup.names(two)).containsEntry("Dmitriy Orlovskiy", "Dmitry Orlovsky")
                .containsEntry("Dmitry Orlov", "Dmitry Orlov");
    }

    @Test
    void wordsThatNameNoActorAreDroppedAsSpeakersAndActors() {
        Map<String, ActorKind> kinds = new java.util.LinkedHashMap<>();
        List.of("Local", "The Small", "a European", "One Labour MP", "Boston-based", "Late Monday", "Analysts",
                "Energy", "Mirela Dobos", "The Greens", "Ukraine").forEach(name -> kinds.put(name,
                        name.equals("Ukraine") ? ActorKind.COUNTRY : name.equals("Energy") || name.startsWith("One")
                                ? ActorKind.ORGANIZATION : ActorKind.PERSON));
        Map<String, String> names = ActorNameCleanup.names(kinds);
        assertThat(names).containsEntry("Local", null).containsEntry("The Small", null).containsEntry("a European", null)
                .containsEntry("One Labour MP", null).containsEntry("Boston-based", null)
                .containsEntry("Late Monday", null).containsEntry("Analysts", null).containsEntry("Energy", null)
                .containsEntry("Mirela Dobos", "Mirela Dobos").containsEntry("The Greens", "The Greens")
                .containsEntry("Ukraine", "Ukraine");

        Extraction extraction = tidied("\"Rents will rise again,\" Analysts said on Thursday.",
                "\"We are ready,\" said Mirela Dobos, the union's leader.");
        assertThat(actors(extraction)).doesNotContain("Analysts");
        assertThat(speakers(extraction)).doesNotContain("Analysts");
    }

    @Test
    void aLoneWordTwoPeopleBearStaysAsItIs() {
        Map<String, ActorKind> kinds = new java.util.LinkedHashMap<>();
        kinds.put("Anna Brisk", ActorKind.PERSON);
        kinds.put("Tom Brisk", ActorKind.PERSON);
        kinds.put("Brisk", ActorKind.PERSON);
        assertThat(ActorNameCleanup.names(kinds)).containsEntry("Brisk", "Brisk");
    }

    @Test
    void aDescriptionCapitalisedBeforeANameIsNotPartOfIt() {
        assertThat(speakers(tidied("Shopper Takeda Yumi, 46, said she now buys 2-kg bags from a discount store.")))
                .containsExactly("Takeda Yumi");
        assertThat(ActorNameCleanup.names(Map.of("Economist Lubinda Mwale", ActorKind.PERSON)))
                .containsEntry("Economist Lubinda Mwale", "Lubinda Mwale");
    }
}
