package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** Speakers the article describes without naming are nobody; a word of a name given earlier is that name. */
class UnnamedSpeakerTest {

    @Test
    void aGroupNounOpeningTheSentenceIsNobodyNamed() {
        ExtractedStatement s = last("Mayor Ines Calloway opened the new ferry terminal on Monday.",
                "Commuters said the crossing was still too slow on weekday mornings, and many commuters drive instead.");
        assertThat(s.text()).startsWith("the crossing was still too slow");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.speakerRule()).endsWith(":" + BareNames.UNNAMED);
    }

    @Test
    void anUnnamedSpeakerKeepsTheArticlesDescription() {
        List<ExtractedStatement> list = statements("Negotiators met in Geneva on Monday.",
                "Two people familiar with the talks said the delegation had proposed a freeze.",
                "A senior official involved in the negotiations said a deal was close.",
                "Some importers have warned that shelves could be thin by Christmas.",
                "Jess Trewin runs the farm. Her father said the harvest was late.");
        assertThat(list).extracting(ExtractedStatement::speakerDescription).containsExactly(
                "Two people familiar with the talks", "A senior official involved in the negotiations", "Some importers",
                "Her father");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
        // a named speaker needs no description
        assertThat(last("Rachel Reeves said the deal would create jobs.").speakerDescription()).isNull();
    }

    @Test
    void aLowerCaseDescribedSourceIsNobodyNamed() {
        List<ExtractedStatement> list = statements("The Dunmore town board voted on Monday to close the pool.",
                "The audit said the pool had lost money every summer since 2015.",
                "Some water experts say chlorine levels were never tested.");
        assertThat(list).extracting(ExtractedStatement::text).contains(
                "the pool had lost money every summer since 2015", "chlorine levels were never tested");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
    }

    @Test
    void accordingToADescribedDocumentIsNobodyNamed() {
        List<ExtractedStatement> list = statements("The Dunmore town board voted on Monday to close the pool.",
                "According to council papers published ahead of the vote, the repairs would take two years.",
                "The diving board was removed in 2019, according to municipal records.");
        assertThat(list).extracting(ExtractedStatement::text).contains(
                "the repairs would take two years", "The diving board was removed in 2019");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
    }

    @Test
    void anIndefiniteDescriptionAndItsPronounAreNobodyNamed() {
        List<ExtractedStatement> list = statements(
                "Dr Helen Marsh, the hospital's medical director, said the ward would close in May.",
                "A porter who has worked at the hospital for a decade, and who asked not to be named, said staff learned of the plan from a newspaper.",
                "“Nobody told us anything,” she said.");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).speakerNames()).containsExactly("Helen Marsh");
        assertThat(list.get(1).text()).isEqualTo("staff learned of the plan from a newspaper");
        assertThat(list.get(1).speakerNames()).isEmpty();
        assertThat(list.get(2).text()).isEqualTo("Nobody told us anything");
        assertThat(list.get(2).speakerNames()).isEmpty();
    }

    @Test
    void aDescribedSourceWithAPostModifierIsNobodyNamed() {
        List<ExtractedStatement> list = statements("The Dunmore town board voted on Monday to close the pool.",
                "Several swimmers at the Dunmore pool on Tuesday said the water had been cold for weeks.",
                "Two people familiar with the budget said the board had planned the closure since spring.",
                "Parents who spoke at the hearing said the children had nowhere else to go.");
        assertThat(list).extracting(ExtractedStatement::text).containsExactly("the water had been cold for weeks",
                "the board had planned the closure since spring", "the children had nowhere else to go");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
    }

    @Test
    void thePronounOfAnUnnamedDescribedSpeakerIsNobodyNamed() {
        List<ExtractedStatement> list = statements("Tomasz Wierzbicki said the orchard had been in his family for a century.",
                "A longtime Ohio-born beekeeper has kept hives on the ridge since 1990.",
                "“The bees know before we do,” she says.");
        ExtractedStatement quote = list.get(list.size() - 1);
        assertThat(quote.text()).isEqualTo("The bees know before we do");
        assertThat(quote.speakerNames()).isEmpty();
        assertThat(list.get(0).speakerNames()).containsExactly("Tomasz Wierzbicki");
    }

    @Test
    void aWordOfAPersonsNameIsThatPerson() {
        ExtractedStatement s = last("Chae Min-seo, the shipyard's chief engineer, spoke to reporters on Tuesday.",
                "Chae said the second hull would be launched in April.");
        assertThat(s.speakerNames()).containsExactly("Chae Min-seo");
    }

    @Test
    void theFirstWordOfAnOrganisationIsThatOrganisation() {
        ExtractedStatement s = last("Ostwind Maritime Holdings reported higher freight rates on Tuesday.",
                "Ostwind said bookings for the winter season were already full.");
        assertThat(s.speakerNames()).containsExactly("Ostwind Maritime Holdings");
    }

    @Test
    void localOfficeAndOwnerTitlesAreNotPartOfTheName() {
        assertThat(last("County Executive Mirela Dragan said the bridge would reopen in May.").speakerNames())
                .containsExactly("Mirela Dragan");
        assertThat(last("Owner Bertil Sundqvist said the bakery would stay open through the winter.").speakerNames())
                .containsExactly("Bertil Sundqvist");
        assertThat(last("City Councilwoman Aoife Brennan said the budget left no room for new buses.").speakerNames())
                .containsExactly("Aoife Brennan");
    }

    @Test
    void aTransliteratedSurnameIsKeptInOneSpelling() {
        List<ExtractedStatement> list = statements("Volodymyr Zelenskyy said the grain corridor would stay open.",
                "Zelenskyy also said talks on energy would resume next month.");
        assertThat(list).extracting(ExtractedStatement::speakerNames)
                .containsOnly(List.of("Volodymyr Zelensky"));
    }

    @Test
    void aSourceOrAnAideAfterTheQuotationIsNobodyNamed() {
        List<ExtractedStatement> list = statements("Rachel Reeves met union leaders in Geneva on Monday.",
                "“We are close,” one source close to the talks said.",
                "One person briefed on the talks said the sides had agreed a timetable.",
                "“We will not comment on that,” the aide said.",
                "An aide said the minister would return next week.");
        assertThat(list).extracting(ExtractedStatement::text).containsExactly("We are close",
                "the sides had agreed a timetable", "We will not comment on that",
                "the minister would return next week");
        assertThat(list).allSatisfy(s -> assertThat(s.speakerNames()).isEmpty());
        assertThat(list).extracting(ExtractedStatement::speakerDescription).containsExactly(
                "one source close to the talks", "One person briefed on the talks", "the aide", "An aide");
    }

    @Test
    void theMinistryIsTheOneTheArticleNamedOnlyWhenItNamedOne() {
        // no ministry named: a source the article describes
        ExtractedStatement undescribed = last("Moscow summoned the British ambassador on Monday.",
                "The ministry said it would respond.");
        assertThat(undescribed.text()).isEqualTo("it would respond");
        assertThat(undescribed.speakerNames()).isEmpty();
        assertThat(undescribed.speakerDescription()).isEqualTo("The ministry");
        // one named: that one
        assertThat(last("Officials at the Federal Health Ministry met on Monday.",
                "The ministry said it would respond.").speakerNames()).containsExactly("Ministry of Health");
        // two named: neither is guessed
        ExtractedStatement ambiguous = last("The Federal Health Ministry and the Finance Ministry met on Monday.",
                "The ministry said it would respond.");
        assertThat(ambiguous.text()).isEqualTo("it would respond");
        assertThat(ambiguous.speakerNames()).isEmpty();
    }

    @Test
    void anIndefiniteDescriptionIsTheSubjectAfterAnOpeningPhraseOrWithTwoWords() {
        ExtractedStatement afterPhrase = last("In a statement read to the court, one victim, an 81-year-old widow from "
                + "Halesowen, said she no longer answered the door to anyone she did not know.");
        assertThat(afterPhrase.speakerNames()).isEmpty();
        assertThat(afterPhrase.speakerDescription()).isEqualTo("one victim");
        assertThat(afterPhrase.text()).isEqualTo("she no longer answered the door to anyone she did not know");
        ExtractedStatement twoWords = last("One victim said she no longer answered the door.");
        assertThat(twoWords.speakerNames()).isEmpty();
        assertThat(twoWords.speakerDescription()).isEqualTo("One victim");
        // a noun phrase before the comma is the subject's own, not an opening phrase
        assertThat(statements("Bailey’s employer, a subcontractor for several parcel firms, has not been named in "
                + "court and did not respond to a request for comment.")).isEmpty();
    }

    @Test
    void theStatementSaidIsWhoeverMadeTheStatementTheArticleToldOf() {
        List<ExtractedStatement> list = statements("Maria Lopez said in a statement that she would resign.",
                "The statement said she had been ill for months.",
                "“We have taken this decision with regret,” the statement said.");
        assertThat(list).hasSize(3).allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Maria Lopez"));
        // a letter in what someone did is not the subject
        ExtractedStatement signer = last("Downing Street said the Prime Minister had read the letter.",
                "One Labour MP who signed the letter said the whips had been ringing round all weekend.");
        assertThat(signer.speakerNames()).isEmpty();
        // with no statement told of, the statement is a document no one is named for
        assertThat(last("Maria Lopez resigned on Friday.", "The statement said she had been ill.").speakerNames())
                .isEmpty();
    }
}
