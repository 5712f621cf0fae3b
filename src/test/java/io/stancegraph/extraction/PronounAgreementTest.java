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
}
