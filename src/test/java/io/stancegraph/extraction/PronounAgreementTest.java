package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** "he", "she" agree in gender with the person they stand for; relatives named in apposition are people too. */
class PronounAgreementTest {

    @Test
    void aFirstNameTellsTheGenderThatAPronounMustAgreeWith() {
        ExtractedStatement s = last("Robert Fenn opened the meeting. “It was a cold night,” he said.",
                "Later Helen Marsh, who runs the café on the corner, arrived. “We opened at six,” she said.");
        assertThat(s.speakerNames()).containsExactly("Helen Marsh");
        // a name used for both men and women tells nothing: the last speaker stays the best guess
        assertThat(last("Jordan Fenn opened the meeting. “It was a cold night,” Fenn said.",
                "Later Helen Marsh, who runs the café on the corner, arrived. “We opened at six,” he said.")
                .speakerNames()).containsExactly("Jordan Fenn");
    }

    @Test
    void aRelativeNamedByFirstNameTakesTheFamilyName() {
        List<ExtractedStatement> list = statements(
                "Margaret Doyle has lived in the valley since 1971. “I am not leaving,” she says.",
                "Her son, Colin, a plumber in Leeds, visits most weekends. He says he has begged her to move in.",
                "“She will not do it,” he says.");
        assertThat(list).extracting(ExtractedStatement::speakerNames).containsExactly(
                List.of("Margaret Doyle"), List.of("Colin Doyle"), List.of("Colin Doyle"));
        assertThat(list.get(1).speakerRule()).isEqualTo("subject-before-cue/pronoun:subject");
    }

    @Test
    void aRelativeOfANamedPersonAndTheFirstNameLater() {
        ExtractedStatement s = last("Anna Kowal has run the surgery for twenty years.",
                "Kowal’s daughter, Zofia, is studying medicine in Krakow.",
                "“I will not come back,” Zofia says.");
        assertThat(s.speakerNames()).containsExactly("Zofia Kowal");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/name:kin-first-name");
    }

    @Test
    void theRelativeSpeaksRatherThanTheEarlierSpeakerOfTheOtherGender() {
        List<ExtractedStatement> list = statements(
                "Helen Marsh runs the farm her grandfather bought. “It is hard work,” she says.",
                "Her father, Robert Marsh, still walks the fences most days. “I told her it was no life,” he says.",
                "Her mother, Ruth, keeps the accounts. She says she never slept well in winter.");
        assertThat(list).extracting(ExtractedStatement::speakerNames).containsExactly(
                List.of("Helen Marsh"), List.of("Robert Marsh"), List.of("Ruth Marsh"));
    }

    @Test
    void anAgeBetweenCommasLeavesTheNameTheSubject() {
        ExtractedStatement s = last("“The boat is ready,” Peter Hale says.",
                "Her deckhand, Liam Carne, 23, has worked with her since spring. He says she is the best skipper in the port.");
        assertThat(s.speakerNames()).containsExactly("Liam Carne");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/pronoun:subject");
    }

    @Test
    void aRelativeClauseBetweenCommasLeavesTheNameTheSubject() {
        ExtractedStatement s = last("Erik Lindqvist scored twice as the Wolves won 4-1.",
                "Coach Anton Becker said the team had played its best hockey of the season.",
                "Lindqvist, who grew up in Umea, Sweden, and was drafted in 2019, has scored in six straight games. "
                        + "He said the new line had found its rhythm.");
        assertThat(s.speakerNames()).containsExactly("Erik Lindqvist");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/pronoun:subject");
    }

    @Test
    void aRelativeNamedBeforeIsWhoTheKinNounStandsFor() {
        List<ExtractedStatement> list = statements(
                "Helen Marsh runs the farm her grandfather bought. Her father, Robert Marsh, still walks the fences.",
                "“It is hard work,” she says.",
                "At dusk her father is waiting by the gate. “There she is,” he says.");
        assertThat(list.get(list.size() - 1).speakerNames()).containsExactly("Robert Marsh");
    }

    @Test
    void aRelativeTheArticleNeverNamedIsNobodyNamed() {
        ExtractedStatement s = last("Mykola Shevchuk was freed on Tuesday. “I am home,” he said.",
                "His father said by phone that the family had waited four years.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/kin:unnamed");
    }

    @Test
    void aRelativeDescribedButNotNamedIsNobodyNamedEither() {
        ExtractedStatement s = last("“Most of what I do is take wood away,” Lena Okafor says.",
                "His father, a retired machinist who lives in Worcester, says he was not surprised.");
        assertThat(s.text()).isEqualTo("he was not surprised");
        assertThat(s.speakerNames()).isEmpty();
    }

    @Test
    void aQuoteParagraphGoesOnFromTheReportedSpeakerOfTheParagraphBefore() {
        List<ExtractedStatement> list = statements(
                "“The market has changed,” Elaine Ford said.",
                "Oscar Lindgren buys only from one dealer. He says he has enough wood for fifteen years.",
                "“After that, I do not know. Carbon fibre, maybe.”");
        assertThat(list.get(list.size() - 1).speakerNames()).containsExactly("Oscar Lindgren");
        assertThat(list.get(list.size() - 1).speakerRule()).isEqualTo("floating-quote");
        // with a quotation in between, the last one quoted goes on
        List<ExtractedStatement> quoted = statements(
                "Oscar Lindgren buys only from one dealer.",
                "“The market has changed,” Elaine Ford said.",
                "“Nobody plans that far ahead.”");
        assertThat(quoted.get(quoted.size() - 1).speakerNames()).containsExactly("Elaine Ford");
    }

    @Test
    void someoneNamedInWhatWasSaidDoesNotGoOnSpeaking() {
        ExtractedStatement s = last("Erik Lindqvist scored twice as the Wolves won 4-1.",
                "He said the line with Jonas Berg had found something since the break.",
                "“We are not complicated,” he said.");
        assertThat(s.speakerNames()).containsExactly("Erik Lindqvist");
    }
}
