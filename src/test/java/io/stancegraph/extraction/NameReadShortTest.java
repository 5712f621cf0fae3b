package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A speaker whose name was read out of a longer one is shown as doubtful; a name read whole is not. */
class NameReadShortTest {

    private static ExtractedStatement only(String paragraph) {
        List<ExtractedStatement> statements = new StatementExtractor()
                .extract(ArticleText.of(List.of(paragraph), LocalDate.of(2025, 12, 9), null, null, null), ActorRegistry.EMPTY)
                .statements();
        assertThat(statements).hasSize(1);
        return statements.get(0);
    }

    private static double confidence(ExtractedStatement s) {
        return AttributionConfidence.of(s.speakerRule());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a capitalised word before the name that nothing else took
            "Scottish and Southern Electricity Networks said crews would work through the night.",
            // a name joined to the words before it by "the", "for" or "of"
            "Save the Children UK said the cuts would hit families hardest.",
            "In a statement, Action for Children said the scheme should be extended.",
            // a place after "in" that an organisation's name runs on to
            "The U.N. Human Rights Monitoring Mission in Ukraine said most of the prisoners had been beaten." })
    void aSpeakerReadOutOfALongerNameIsDoubtful(String paragraph) {
        ExtractedStatement statement = only(paragraph);
        assertThat(statement.speakerRule()).contains(NameReadShort.MARK);
        assertThat(confidence(statement)).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "But Professor Nia Evans of Cardiff University said fines alone would not fix the problem.",
            "Welcoming the announcement, Confederation of Small Manufacturers president Rajiv Oberoi said transfers were critical.",
            "Yesterday the Institute for Fiscal Studies said the sums did not add up.",
            "The Joseph Rowntree Foundation said poverty was rising.",
            "Great British Railways said fares would be frozen until March." })
    void aNameReadWholeIsNotDoubtedForWhatStandsBesideIt(String paragraph) {
        ExtractedStatement statement = only(paragraph);
        assertThat(statement.speakerNames()).isNotEmpty();
        assertThat(statement.speakerRule()).doesNotContain(NameReadShort.MARK);
    }
}
