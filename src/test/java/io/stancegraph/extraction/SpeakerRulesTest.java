package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static io.stancegraph.extraction.ExtractedFrom.last;
import static io.stancegraph.extraction.ExtractedFrom.statements;
import static org.assertj.core.api.Assertions.assertThat;

/** Each statement carries the rule that decided its speakers: the speaker rule, then the mention rule. */
class SpeakerRulesTest {

    @Test
    void subjectBeforeTheCueResolvedByItsName() {
        assertThat(last("“We will balance the books by the end of the decade,” Rachel Reeves said.").speakerRule())
                .isEqualTo("subject-before-cue/name:full");
        assertThat(last("Chancellor Rachel Reeves spoke in Leeds.",
                "“There will be no return to austerity,” said Ms Reeves.").speakerRule())
                .isEqualTo("speaker-after-cue/name:surname");
    }

    @Test
    void apposedNameAndPronoun() {
        assertThat(last("The Home Secretary, Yvette Cooper, told MPs that the border was secure.").speakerRule())
                .isEqualTo("apposition/name:full");
        assertThat(last("Rachel Reeves visited the plant.", "She said the deal would create jobs.").speakerRule())
                .isEqualTo("subject-before-cue/pronoun:subject");
    }

    @Test
    void titlesResolvedByTheArticleOrTheRegister() {
        assertThat(last("Emmanuel Macron met Olaf Scholz in Berlin.",
                "The French president said the alliance was strong.").speakerRule())
                .isEqualTo("subject-before-cue/title:prominent-person");
        KnownActor merz = new KnownActor("Friedrich Merz", ActorKind.PERSON, List.of("Mr Merz"),
                List.of(new TitleTenure("Friedrich Merz", "Chancellor of Germany", LocalDate.of(2025, 5, 6), null)));
        ArticleText article = ArticleText.of(List.of("The German Chancellor said Europe must do more."),
                LocalDate.of(2025, 5, 20), null, null, null);
        ExtractedStatement s = new StatementExtractor().extract(article, new InMemoryActorRegistry(List.of(merz))).statements()
                .get(0);
        assertThat(s.speakerNames()).containsExactly("Friedrich Merz");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/title:registry");
    }

    @Test
    void organisationsAndTheirSpokespeople() {
        assertThat(last("The summit will go ahead as planned, the Kremlin said.").speakerRule())
                .isEqualTo("subject-before-cue/organisation");
        assertThat(last("A Kremlin spokesman said the proposal was unacceptable.").speakerRule())
                .isEqualTo("subject-before-cue/organisation-spokesperson");
        assertThat(last("A source at the Treasury said the forecast was too gloomy.").speakerRule())
                .isEqualTo("subject-before-cue/source:organisation");
        assertThat(last("Thames Valley Police arrested a man.", "The man was released, police said.").speakerRule())
                .isEqualTo("subject-before-cue/force:named");
    }

    @Test
    void theCompanyIsTheFirmTheStoryIsAboutNotAnInvestorNamedOnce() {
        ExtractedStatement s = last("Lumora Inc unveiled new glasses on Tuesday.", "Lumora Inc said sales were strong.",
                "Analysts expect Lumora Inc to sell 300,000 units.",
                "Lumora Inc, which has raised money from investors including Sequoia Capital, does not disclose sales.",
                "The company also said it would launch a subscription next year.");
        assertThat(s.speakerNames()).containsExactly("Lumora Inc");
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/organisation-noun:last-organisation");
        // a firm named once before is still the one meant when no firm has been named more often
        assertThat(last("Brightmart Inc announced a buyback.", "The company said it would pay a dividend.")
                .speakerNames()).containsExactly("Brightmart Inc");
    }

    @Test
    void theUnionIsOnlyAUnion() {
        ExtractedStatement s = last("The Westbrook Unified School District board voted on Thursday to ban phones.",
                "The teachers union welcomed the vote, saying the union had asked for it for two years.",
                "\u201cOur members asked for this,\u201d the union wrote on X.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/organisation-noun:unnamed");
    }

    @Test
    void anIndefiniteTitleIsNobodyKnownYet() {
        ExtractedStatement s = last("Keir Starmer faced questions in the Commons.",
                "A Home Office minister told colleagues the plan was unworkable.");
        assertThat(s.speakerNames()).isEmpty();
        assertThat(s.speakerRule()).isEqualTo("subject-before-cue/title:unnamed");
    }

    @Test
    void theGovernmentOfAnotherCountrysNewsIsNotTheHomeGovernment() {
        ExtractedStatement ottawa = last("Parliament in Ottawa passed the housing bill on Tuesday.",
                "A government spokesperson said the agency would open in the spring.");
        assertThat(ottawa.speakerNames()).isEmpty();
        assertThat(ottawa.speakerDescription()).isEqualTo("A government spokesperson");
        ExtractedStatement london = last("Ministers met in London on Tuesday.",
                "A government spokesperson said the agency would open in the spring.");
        assertThat(london.speakerNames()).containsExactly("UK Government");
        // with no country named, the home government's press is assumed
        assertThat(last("The Government said the agency would open in the spring.").speakerNames())
                .containsExactly("UK Government");
    }

    @Test
    void thePrimeMinistersSpokesmanSpeaksForDowningStreetAndGoesOnAsHe() {
        List<ExtractedStatement> list = statements("Ministers met in London on Tuesday.",
                "The Prime Minister\u2019s official spokesman said Sir Keir had accepted the resignation and thanked "
                        + "Mr Fairbairn for his work. He said the plan remained on track.");
        assertThat(list).extracting(ExtractedStatement::speakerNames).containsExactly(List.of("Downing Street"),
                List.of("Downing Street"));
        assertThat(list).extracting(ExtractedStatement::speakerRule).containsExactly(
                "subject-before-cue/office-spokesperson", "subject-before-cue/pronoun:spokesperson");
        // a spokeswoman is not "he"
        ExtractedStatement she = last("Keir Starmer spoke in Leeds.",
                "The Prime Minister\u2019s spokeswoman said the plan was on track. He said he was confident.");
        assertThat(she.speakerRule()).doesNotEndWith(":spokesperson");
    }

    @Test
    void cueFamiliesOtherThanVerbs() {
        assertThat(last("According to Penny Wong, the visit was a success.").speakerRule())
                .isEqualTo("according-to/name:full");
        assertThat(last("Washington's warning that the talks could collapse rattled markets.").speakerRule())
                .isEqualTo("possessor/country");
        assertThat(last("Asked by Senator Maria Ochoa whether the company had cut inspections, Gregory Haldane "
                + "declined to answer.").speakerRule()).isEqualTo("asked-by/name:full");
    }

    @Test
    void speakersSharedWithAnotherStatement() {
        List<ExtractedStatement> quoted = statements("Anthony Albanese said: \"Australia will always stand with its "
                + "friends.\"", "\"We will not be intimidated.\"");
        assertThat(quoted).extracting(ExtractedStatement::speakerRule)
                .containsExactly("subject-before-cue/name:full", "floating-quote");
        List<ExtractedStatement> coordinated = statements("Peter Dutton called the budget a “cruel hoax” on families "
                + "and said it would fail.");
        assertThat(coordinated).extracting(ExtractedStatement::speakerRule)
                .containsExactly("subject-before-cue/name:full", "coordinated-cue");
        assertThat(last("Olaf Scholz defended the budget, warning that cuts would hurt growth.").speakerRule())
                .isEqualTo("nearest-subject/name:full");
        // the second half of a split quotation is as sure, or as doubtful, as the first
        assertThat(statements("Rachel Reeves visited the plant.",
                "“When you’re twenty,” she says, “you think you will live for ever.”"))
                .extracting(ExtractedStatement::speakerRule).containsExactly("subject-before-cue/pronoun:subject",
                        "subject-before-cue/pronoun:subject");
        assertThat(statements("Keir Starmer said on Monday that Britain would help. Officials met in Geneva.",
                "“We are close,” the Foreign Secretary said, “and we will not stop now.”"))
                .extracting(ExtractedStatement::speakerRule).containsExactly("subject-before-cue/name:full",
                        "subject-before-cue/title:prominent-person", "subject-before-cue/title:prominent-person");
    }

    @Test
    void membersNamedInAnAside() {
        ExtractedStatement s = last("European leaders, including Emmanuel Macron and Olaf Scholz, said the plan was "
                + "sound.");
        assertThat(s.speakerNames()).containsExactly("Emmanuel Macron", "Olaf Scholz");
        assertThat(s.speakerRule()).isEqualTo("named-members");
    }

    @Test
    void aParagraphEndingInACueAndAColonHandsTheNextParagraphsQuotationToItsSpeaker() {
        List<ExtractedStatement> list = statements("“We will win,” said Maria Lopez.", "Tom Baker said:",
                "“They will not.”");
        assertThat(list).hasSize(2);
        assertThat(list.get(1).speakerNames()).containsExactly("Tom Baker");
        assertThat(list.get(1).text()).isEqualTo("They will not.");
        ExtractedStatement pronoun = last("Maria Lopez, the charity's director, was blunt. She said:",
                "“We cannot keep the doors open on this money.”");
        assertThat(pronoun.speakerNames()).containsExactly("Maria Lopez");
    }

    @Test
    void anAsideOpenedByAPossessiveStandsBetweenTheSpeakerAndTheCue() {
        assertThat(last("Maria Lopez spoke first.", "Tom Baker, her rival, said the plan would fail.").speakerNames())
                .containsExactly("Tom Baker");
        assertThat(last("Maria Lopez spoke first.", "Tom Baker, her rival, said:", "“They will not.”").speakerNames())
                .containsExactly("Tom Baker");
    }

    @Test
    void aBarristersPartAndALegislatorsPartyAndDistrictAreAsidesBeforeTheCue() {
        assertThat(last("Sasha Pryce, mitigating, said Coyle had been drowning in debt.").speakerNames())
                .containsExactly("Sasha Pryce");
        assertThat(last("Alison Mercer, prosecuting, said the offences were callous.").speakerNames())
                .containsExactly("Alison Mercer");
        assertThat(last("State Rep. Jordan Haugen, DFL-Carver Falls, said she would ask the Legislature to act.")
                .speakerNames()).containsExactly("Jordan Haugen");
    }
}
