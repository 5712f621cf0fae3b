package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static org.assertj.core.api.Assertions.assertThat;

/** An acronym speaks as the organisation the article spells it out as, and only then. */
class AcronymsTest {

    @Test
    void anAcronymIsTheOrganisationSpeltOutEarlierInTheArticle() {
        ExtractedStatement statement = last(
                "Health and Safety Executive inspector Neil Garside told the inquest that no harnesses had been on site.",
                "A spokeswoman for the HSE said after the hearing that its investigation was ongoing.");
        assertThat(statement.speakerNames()).containsExactly("Health and Safety Executive");
        ExtractedStatement market = last("Trading on the Nigerian Foreign Exchange Market (NFEM) was thin on Tuesday.",
                "The NFEM said the naira had closed little changed.");
        assertThat(market.speakerNames()).containsExactly("Nigerian Foreign Exchange Market");
    }

    @Test
    void anAcronymTheArticleNeverSpellsOutIsNotGuessed() {
        ExtractedStatement statement = last("Harbour Freight and Engineering cut jobs last year.",
                "A spokeswoman for the HFX said the review was ongoing.");
        assertThat(statement.speakerNames()).doesNotContain("Harbour Freight and Engineering");
        // a name that runs on past the letters is not what they stand for
        ExtractedStatement longer = last("Harbour Freight Engineering Services cut jobs last year.",
                "A spokeswoman for the HFE said the review was ongoing.");
        assertThat(longer.speakerNames()).doesNotContain("Harbour Freight Engineering");
    }
}
