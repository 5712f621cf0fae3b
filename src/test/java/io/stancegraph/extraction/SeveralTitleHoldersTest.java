package io.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A bare title the register knows several holders of on the article's day ("the president": of France, of Ukraine,
 * of the United States): the one holder named before the title is the speaker; with none or several named before,
 * the statement is kept with no speaker, shown as doubtful.
 */
class SeveralTitleHoldersTest {

    private static final LocalDate TUESDAY = LocalDate.of(2025, 3, 11);

    /** Presidents of four countries, as the register of a news service holds them. */
    private static final ActorRegistry PRESIDENTS = new InMemoryActorRegistry(List.of(
            holder("Emmanuel Macron", List.of("Mr Macron"), "President of France", LocalDate.of(2017, 5, 14)),
            holder("Volodymyr Zelensky", List.of("Mr Zelensky", "Zelensky"), "President of Ukraine",
                    LocalDate.of(2019, 5, 20)),
            holder("Donald Trump", List.of("Mr Trump", "Trump"), "President of the United States",
                    LocalDate.of(2025, 1, 20)),
            holder("Alexander Stubb", List.of("Mr Stubb"), "President of Finland", LocalDate.of(2024, 3, 1))));

    private static KnownActor holder(String name, List<String> aliases, String office, LocalDate from) {
        return new KnownActor(name, ActorKind.PERSON, aliases, List.of(new TitleTenure(name, office, from, null)));
    }

    private static List<ExtractedStatement> statements(String... paragraphs) {
        return new StatementExtractor().extract(ArticleText.of(List.of(paragraphs), TUESDAY, null, null, null),
                PRESIDENTS).statements();
    }

    private static void keptAsDoubtfulWithNoSpeaker(ExtractedStatement s) {
        assertThat(s.speakers()).isEmpty();
        assertThat(s.byNobodyNamed()).isTrue();
        assertThat(s.speakerRule()).endsWith("title:" + TitleResolver.SEVERAL_HOLDERS);
        assertThat(AttributionConfidence.of(s.speakerRule())).isZero();
    }

    @Test
    void theOneHolderNamedBeforeTheTitleIsTheSpeaker() {
        List<ExtractedStatement> list = statements(
                "Volodymyr Zelensky toured a drone workshop outside Dnipro on Tuesday. The president said: "
                        + "\"Every machine built here keeps a soldier out of the trenches.\"",
                "Alexander Stubb, the president of Finland, is expected in Kyiv next week.");
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Every machine built here keeps a soldier out of the trenches.");
            assertThat(s.speakerNames()).containsExactly("Volodymyr Zelensky");
            assertThat(s.speakerRule()).isEqualTo("subject-before-cue/title:registry-named");
        });
    }

    @Test
    void aHolderNamedByAnAliasAndTheReportedSpeechAfterAreTheirs() {
        List<ExtractedStatement> list = statements(
                "Mr Zelensky spent the morning with engineers at a power station near Odesa.",
                "\"We will have light this winter,\" the president said. He added that the grid needed more "
                        + "transformers.");
        assertThat(list).extracting(ExtractedStatement::speakerNames)
                .containsExactly(List.of("Volodymyr Zelensky"), List.of("Volodymyr Zelensky"));
        assertThat(list.get(0).speakerRule()).endsWith("title:registry-named");
    }

    @Test
    void withNoHolderNamedBeforeTheStatementIsKeptWithNoSpeaker() {
        List<ExtractedStatement> list = statements(
                "Soldiers along the eastern front received new drones on Tuesday. The president said: "
                        + "\"Every machine built here keeps a soldier out of the trenches.\"",
                "Volodymyr Zelensky thanked Emmanuel Macron for the funding in a call on Monday.");
        // both are named, but only after the title
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Every machine built here keeps a soldier out of the trenches.");
            keptAsDoubtfulWithNoSpeaker(s);
            assertThat(s.speakerDescription()).isEqualTo("The president");
        });
    }

    @Test
    void withTwoHoldersNamedBeforeNeitherIsGuessed() {
        List<ExtractedStatement> list = statements(
                "Volodymyr Zelensky and Emmanuel Macron inspected an air-defence battery near Lviv on Tuesday.",
                "The president said: \"The battery shot down eleven missiles in a week.\"");
        assertThat(list).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("The battery shot down eleven missiles in a week.");
            keptAsDoubtfulWithNoSpeaker(s);
        });
    }

    @Test
    void aTitleOfOneCountryIsThatCountrysHolderNotTheOneNamedBefore() {
        // only Zelensky is named, but "the Finnish president" and "the president of France" are not him: each is the
        // one holder of that country's office the register knows
        for (List<String> titleAndHolder : List.of(List.of("The Finnish president", "Alexander Stubb"),
                List.of("The president of France", "Emmanuel Macron"))) {
            List<ExtractedStatement> list = statements(
                    "Volodymyr Zelensky opened a rebuilt school in Irpin on Tuesday.",
                    titleAndHolder.get(0) + " said: \"Europe must pay for the reconstruction.\"");
            assertThat(list).singleElement().satisfies(s -> {
                assertThat(s.speakerNames()).containsExactly(titleAndHolder.get(1));
                assertThat(s.speakerRule()).endsWith("title:registry");
            });
        }
    }
    @Test
    void aTitleNamingACountryIsNeverTheOneHolderOfAnotherCountrysOffice() {
        ActorRegistry onlyZelensky = new InMemoryActorRegistry(List.of(holder("Volodymyr Zelensky",
                List.of("Mr Zelensky"), "President of Ukraine", LocalDate.of(2019, 5, 20))));
        for (String sentence : List.of("The French president said on Tuesday that Europe must rearm.",
                "The President of France said on Tuesday that Europe must rearm.",
                "The French president said: \"Europe must rearm.\"")) {
            List<ExtractedStatement> list = new StatementExtractor().extract(
                    ArticleText.of(List.of(sentence), TUESDAY, null, null, null), onlyZelensky).statements();
            assertThat(list).as(sentence).allSatisfy(
                    s -> assertThat(s.speakerNames()).as(sentence).doesNotContain("Volodymyr Zelensky"));
        }
    }
}
