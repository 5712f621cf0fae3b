package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** The speaker is of the sort the words allow: the person rather than the employer, the union rather than the bloc. */
class SpeakerSortTest {

    @Test
    void thePersonDescribedSpeaksNotTheEmployerNamedInTheDescription() {
        ExtractedStatement s = last("Tom Reilly, a spokesman for Harbor Freightways, said the ships would sail on Monday.");
        assertThat(s.speakerNames()).containsExactly("Tom Reilly");
        // the apposition itself still names the speaker
        assertThat(last("The Home Secretary, Yvette Cooper, told MPs that the border was secure.").speakerNames())
                .containsExactly("Yvette Cooper");
    }

    @Test
    void theOneToldIsNotTheSpeaker() {
        List<ExtractedStatement> list = statements("“We are not moving,” the mayor tells Anna Berg of the Courier.");
        assertThat(list).noneMatch(s -> s.speakerNames().contains("Anna Berg"));
        // an inverted cue of a verb that may put its speaker after it still does
        assertThat(last("Rachel Reeves spoke in Leeds.", "“There will be no return to austerity,” said Ms Reeves.")
                .speakerNames()).containsExactly("Rachel Reeves");
    }

    @Test
    void theUnionIsALabourUnionNamedBeforeNotTheEuropeanUnion() {
        ExtractedStatement s = last("The European Union agreed a new budget on Monday.",
                "Drivers at Kestrel Logistics walked out after the Kestrel Drivers Union called a strike.",
                "The company said it had made a fair offer.",
                "“We will stay out until they listen,” the union tweeted.");
        assertThat(s.speakerNames()).containsExactly("Kestrel Drivers Union");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/organisation-noun:word-in-name");
        // with no union named yet, a union the article has not named, not the bloc nor the company
        ExtractedStatement unnamed = last("The European Union agreed a new budget on Monday.",
                "Drivers at Kestrel Logistics Ltd walked out on Monday.",
                "“We will stay out until they listen,” the union tweeted.");
        assertThat(unnamed.text()).startsWith("We will stay out");
        assertThat(unnamed.speakerNames()).isEmpty();
    }

    @Test
    void theCompanyIsNotTheUnionNamedLast() {
        ExtractedStatement s = last("Brightline Corp runs 40 depots in the north.",
                "Members of the Transport Workers Union walked out at six depots on Monday.",
                "The company said in a statement that its offer was fair.");
        assertThat(s.speakerNames()).containsExactly("Brightline Corp");
    }
}
