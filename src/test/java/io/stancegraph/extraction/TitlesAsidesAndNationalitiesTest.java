package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speakers behind long titles, lists inside names, asides opened by a participle and nationalities before names:
 * readings that once gave a statement to a wrong or a made-up speaker shown as sure.
 */
class TitlesAsidesAndNationalitiesTest {

    @Test
    void aPortfolioJoinedByAndBeforeATitleIsPartOfTheTitleNotASecondSpeaker() {
        ExtractedStatement minister = last("Mineral and Petroleum Resources Minister Tebogo Maseko said last week that "
                + "the government would not intervene in wage negotiations.");
        assertThat(minister.speakerNames()).containsExactly("Tebogo Maseko");
        ExtractedStatement inspector = last("Health and Safety Executive inspector Neil Garside said no crawling boards "
                + "had been on site.");
        assertThat(inspector.speakerNames()).containsExactly("Neil Garside");
    }

    @Test
    void twoPeopleJoinedByAndStillSpeakTogether() {
        assertThat(last("Starmer and Foreign Secretary David Lammy said the talks had been constructive.").speakerNames())
                .hasSize(2).contains("David Lammy");
    }

    @Test
    void aDepartmentWhosePortfoliosIncludeTheStaysOneNameInsideAnApposition() {
        ExtractedStatement statement = last("Rosalind Petrakis, a deputy secretary at the Department of Climate Change, "
                + "Energy, the Environment and Water, told the environment and communications legislation committee on "
                + "Thursday the department had so far bought back 212 gigalitres.");
        assertThat(statement.speakerNames()).containsExactly("Rosalind Petrakis");
        assertThat(statement.text()).endsWith("the department had so far bought back 212 gigalitres")
                .doesNotContain("committee");
    }

    @Test
    void aQuestionPutToTheSpeakerInAnAsideIsNeitherTheirStatementNorInTheirWay() {
        var found = statements("Haruto Kanemura won in four sets. Kanemura, asked about the violation at his news "
                + "conference, smiled and said through his interpreter that he had not noticed it.");
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.speakerNames()).containsExactly("Haruto Kanemura");
            assertThat(s.text()).isEqualTo("he had not noticed it");
        });
    }

    @Test
    void aParticipleAfterANameIsNoMainVerbOfIt() {
        // "sued in September, arguing": the one arguing is NetChoice, not TikTok; left to nobody rather than TikTok
        var found = statements("NetChoice, a trade group whose members include Meta, Google and TikTok, sued in "
                + "September, arguing that the age checks would force millions of adults to hand over personal data.");
        assertThat(found).allSatisfy(s -> assertThat(s.speakerNames()).doesNotContain("TikTok", "Google"));
    }

    @Test
    void aPartysSpokespersonDoesNotSpeakForTheCountryNamedBesideIt() {
        assertThat(last("A Scottish Conservative spokesman said the by-election had been a two-horse race.")
                .speakerNames()).doesNotContain("Scotland");
        assertThat(last("A Welsh Liberal Democrat spokeswoman said the result was a warning.").speakerNames())
                .doesNotContain("Wales");
        assertThat(last("A senior Ukrainian official said the talks had stalled.").speakerNames())
                .containsExactly("Ukraine");
    }

    @Test
    void whoeverCommissionedADocumentIsNotItsAuthor() {
        ExtractedStatement statement = last("The Department of Agriculture said it would review the scheme.",
                "According to a socio-economic assessment commissioned by the department and tabled at the hearing, "
                        + "the buyback could cost the southern basin up to 1400 jobs by 2030.");
        assertThat(statement.speakerNames()).isEmpty();
    }

    @Test
    void peopleNamedByTheirTradeAloneAreNoOrganisation() {
        assertThat(last("Farmers say the agency's management fees eat into their annual second payment.")
                .speakerNames()).isEmpty();
    }

    @Test
    void aSurnameWithACapitalisedParticleOpeningASentenceIsThePersonNamedBefore() {
        ExtractedStatement statement = last("The Dutch prime minister, Pieter van Dalen, left early.",
                "Van Dalen, responding later, said Poland was a valued ally whose concerns he fully understood.");
        assertThat(statement.speakerNames()).containsExactly("Pieter van Dalen");
    }

    @Test
    void anotherCountrysMinistryIsNeverTheHomeCountrys() {
        assertThat(last("Russia's Defence Ministry said its forces had taken two more villages.").speakerNames())
                .containsExactly("Russian Defence Ministry");
        assertThat(last("The Russian Defence Ministry said its forces had advanced.").speakerNames())
                .containsExactly("Russian Defence Ministry");
        assertThat(last("Norway’s Ministry of Trade, Industry and Fisheries said it would follow the process closely.")
                .speakerNames()).containsExactly("Norwegian Ministry of Trade, Industry and Fisheries");
        assertThat(last("Britain's Defence Ministry said the jets had been scrambled twice.").speakerNames())
                .containsExactly("Ministry of Defence");
    }

    @Test
    void aMinistryWithNoOwnerInAnotherCountrysNewsIsThatCountrysOrDoubtful() {
        assertThat(last("MOSCOW — The Defence Ministry said its forces had downed 40 drones overnight.").speakerNames())
                .containsExactly("Russian Defence Ministry");
        assertThat(last("KYIV (Reuters) - The Ministry of Defence said air defences had shot down 40 drones.").speakerNames())
                .containsExactly("Ukrainian Ministry of Defence");
        assertThat(last("Kyiv and Moscow traded blame for the strike. Russia's Ministry of Defence said its jets had "
                + "not flown.").speakerNames()).containsExactly("Russian Ministry of Defence");
        // Russia's or Ukraine's: the article does not tell, so the speaker is not the home ministry, and is doubtful
        ExtractedStatement either = last("Russia fired 40 missiles at Ukraine overnight. The Defence Ministry said air "
                + "defences had shot down 30.");
        assertThat(either.speakerNames()).containsExactly("Defence Ministry");
        assertThat(AttributionConfidence.of(either.speakerRule())).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
        ExtractedStatement followUp = last("Russia fired 40 missiles at Ukraine overnight. The Defence Ministry said air "
                + "defences had shot down 30.", "The ministry said repairs would take weeks.");
        assertThat(AttributionConfidence.of(followUp.speakerRule())).isLessThan(AttributionConfidence.DOUBTFUL_BELOW);
        // home news, and another country's ministry that is no home institution, stay as they were
        ExtractedStatement home = last("The Defence Ministry said it would buy 40 more drones.");
        assertThat(home.speakerNames()).containsExactly("Ministry of Defence");
        assertThat(AttributionConfidence.of(home.speakerRule())).isGreaterThanOrEqualTo(AttributionConfidence.DOUBTFUL_BELOW);
        assertThat(last("NEW DELHI — The Union Finance Ministry said the tranche would be released.").speakerNames())
                .containsExactly("Ministry of Finance");
    }

    @Test
    void aNationalityBeforeAFullNameDescribesThePerson() {
        ExtractedStatement statement = last("Benítez will play top-seeded American Jordan Whitlock, who has not dropped "
                + "a set. Whitlock said she was not looking past anybody.");
        assertThat(statement.speakerNames()).containsExactly("Jordan Whitlock");
        // a country's own name is a first name as well
        assertThat(last("Jordan Henderson said the squad was ready.").speakerNames()).containsExactly("Jordan Henderson");
    }
}
