package io.stancegraph.extraction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A press briefing reported the way business dailies report one: officials behind titles with their portfolio in
 * brackets, "according to him", and a quoted word that ends a sentence right before the next quotation.
 */
class BriefingReportsTest {

    private static final String GOVERNOR = "The CBN Governor, Mr Olumide Bakare-Hassan, said ten of the 12 members voted "
            + "for the cut.";

    @Test
    void aTitleWithItsPortfolioInBracketsStillIntroducesTheNameAfterIt() {
        ExtractedStatement deputy = last(GOVERNOR, "Responding to a question on the naira, the Deputy Governor (Economic "
                + "Policy), Dr Kabiru Danladi, said the foreign exchange market had been \"largely stable\" since January.");
        assertThat(deputy.speakerNames()).containsExactly("Kabiru Danladi");
    }

    @Test
    void accordingToHimGoesOnWithThePersonBefore() {
        ExtractedStatement statement = last(GOVERNOR, "According to him, headline inflation eased to 19.8 per cent in "
                + "April from 20.6 per cent in March.");
        assertThat(statement.speakerNames()).containsExactly("Olumide Bakare-Hassan");
        assertThat(statement.text()).startsWith("headline inflation eased");
    }

    @Test
    void aQuotationEndingInAFullStopEndsItsSentenceWhenAnotherQuotationFollows() {
        List<ExtractedStatement> found = statements(GOVERNOR, "Asked whether further cuts should be expected, the "
                + "governor said the committee would remain \"data-dependent.\" \"We will not pre-commit to anything. "
                + "Every meeting is a live meeting,\" he stated.");
        assertThat(found).anySatisfy(s -> assertThat(s.text()).isEqualTo("the committee would remain \"data-dependent.\""));
        assertThat(found).anySatisfy(s -> {
            assertThat(s.kind()).isEqualTo(QuoteKind.DIRECT);
            assertThat(s.text()).isEqualTo("We will not pre-commit to anything. Every meeting is a live meeting");
            assertThat(s.speakerNames()).containsExactly("Olumide Bakare-Hassan");
        });
    }
}
