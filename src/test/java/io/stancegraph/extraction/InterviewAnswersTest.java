package io.stancegraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** In a question-and-answer interview, the answers are the interviewee's words; elsewhere a question is just prose. */
class InterviewAnswersTest {

    private static final String[] INTERVIEW = {
            "Ruth Pehi-Lawson chairs the regional council and is asking ratepayers to accept a flood-protection rate.",
            "Pehi-Lawson spoke to us in her office in Napier. This interview has been edited for length and clarity.",
            "Why should someone in Havelock North, who didn't flood, pay anything?",
            "Because the water did not stop at the letterbox. It shut the expressway and cut the power to the hospital.",
            "Do you still go back to Waiohiki?",
            "Most Sundays. My sister rebuilt on the same section. She jokes that she can see the river better now.",
            "Pehi-Lawson said the council would hold six public meetings before submissions close." };

    @Test
    void eachAnswerAfterAQuestionIsTheIntervieweesDirectStatement() {
        List<ExtractedStatement> found = statements(INTERVIEW);
        assertThat(found).filteredOn(s -> s.kind() == QuoteKind.DIRECT)
                .extracting(ExtractedStatement::text)
                .containsExactly("Because the water did not stop at the letterbox. It shut the expressway and cut the "
                        + "power to the hospital.", "Most Sundays. My sister rebuilt on the same section. She jokes "
                        + "that she can see the river better now.");
        assertThat(found).filteredOn(s -> s.kind() == QuoteKind.DIRECT)
                .allSatisfy(s -> assertThat(s.speakerNames()).containsExactly("Ruth Pehi-Lawson"));
        // what the answer reports of someone else is the interviewee's account, not a statement of its own
        assertThat(found).extracting(ExtractedStatement::text).doesNotContain("she can see the river better now");
        // the report after the interview is read as usual
        assertThat(found).anySatisfy(s -> assertThat(s.text()).startsWith("the council would hold six public meetings"));
    }

    @Test
    void withoutAnInterviewsNoteAQuestionAndTheParagraphAfterItAreProse() {
        String[] prose = INTERVIEW.clone();
        prose[1] = "Pehi-Lawson spoke to us in her office in Napier.";
        assertThat(statements(prose)).noneSatisfy(s -> assertThat(s.speakerRule()).isEqualTo(InterviewAnswers.RULE));
        // a letters page is edited for length and clarity too, but is no interview
        String[] letters = INTERVIEW.clone();
        letters[1] = "Pehi-Lawson's letter is below. Letters have been edited for length and clarity.";
        assertThat(statements(letters)).noneSatisfy(s -> assertThat(s.speakerRule()).isEqualTo(InterviewAnswers.RULE));
    }

    @Test
    void inATranscriptEachAnswerIsTheWordsOfThePersonItsLabelNames() {
        List<ExtractedStatement> found = statements(
                "Manpower Minister Ong Mei Xian announced the increase on Monday.",
                "She and Minister of State for Manpower Faisal Rahmat took questions from journalists. Here is an edited "
                        + "transcript of the exchange.",
                "Q (CNA): Why raise levies now, when firms say they are already struggling with costs?",
                "Dr Ong: We announced the direction three years ago, so no firm should be surprised.",
                "Q (Berita Harian): Will the Government also cut the quota for foreign workers?",
                "Mr Faisal: Not at this point. The ceilings stay where they are.",
                "Q (The Straits Times): Is that fair?",
                "Dr Ong: It is fair to ask. One boss told me, “Minister, just tell me the number early.” So we are telling "
                        + "them early.");
        assertThat(found).filteredOn(s -> s.speakerRule().equals(InterviewAnswers.RULE))
                .extracting(ExtractedStatement::text, s -> s.speakerNames())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("We announced the direction three years ago, so no firm should "
                                + "be surprised.", List.of("Ong Mei Xian")),
                        org.assertj.core.groups.Tuple.tuple("Not at this point. The ceilings stay where they are.",
                                List.of("Faisal Rahmat")),
                        org.assertj.core.groups.Tuple.tuple("It is fair to ask. One boss told me, “Minister, just tell me "
                                + "the number early.” So we are telling them early.", List.of("Ong Mei Xian")));
        // the boss's words are the minister's account, and the question's "firms say" is no statement of anyone named
        assertThat(found).extracting(ExtractedStatement::text).doesNotContain("Minister, just tell me the number early.");
    }

    @Test
    void aLabelThatNamesNobodySurelyIsNotReadAsAnAnswer() {
        List<ExtractedStatement> found = statements(
                "Manpower Minister Ong Mei Xian announced the increase on Monday. Here is an edited transcript of the "
                        + "exchange.",
                "Q: Why raise levies now?",
                "Moderator: We have time for one more question.");
        assertThat(found).noneSatisfy(s -> assertThat(s.speakerRule()).isEqualTo(InterviewAnswers.RULE));
    }
}
