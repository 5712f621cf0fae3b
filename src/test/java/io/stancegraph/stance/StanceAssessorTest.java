package io.stancegraph.stance;

import io.stancegraph.extraction.QuoteKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The stance rules, one at a time, on sentences and topics invented for the purpose. */
class StanceAssessorTest {

    private static final StanceTopic TARIFFS = new StanceTopic("Steel tariffs", List.of("steel tariffs", "tariffs on steel"));
    private static final StanceTopic EMBARGO = new StanceTopic("Arms embargo", List.of("arms embargo"));
    private static final StanceTopic REFERENDUM = new StanceTopic("Second referendum",
            List.of("second referendum", "another referendum"));
    private static final StanceTopic HOSTAGES = new StanceTopic("Hostage release",
            List.of("release of the hostages", "hostages freed"));
    private static final StanceTopic TOLL = new StanceTopic("Congestion toll", List.of("congestion toll"));
    private static final StanceTopic GOVERNOR_HONESTY = new StanceTopic("Governor Varga's honesty",
            List.of("liar", "cannot be trusted", "honest broker"));
    private static final StanceTopic FISHING = new StanceTopic("Fishing quotas", List.of("fishing quotas"));
    private static final StanceTopic CHANNEL_TUNNEL = new StanceTopic("Second channel tunnel", List.of("new tunnel"));

    private final StanceAssessor assessor = new StanceAssessor();

    private StanceAssessment said(String text, StanceTopic topic) {
        return assessor.assess(text, "say", QuoteKind.INDIRECT, topic);
    }

    // ---------------------------------------------------------------- support

    @Test
    void backingAndCommitmentSupport() {
        assertThat(said("the Vestland Party will back steel tariffs to protect the mills", TARIFFS).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(said("ministers remain firmly committed to tariffs on steel", TARIFFS).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aModalOfObligationSupports() {
        StanceAssessment must = said("there must be an arms embargo before the summit", EMBARGO);
        assertThat(must.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(must.cues()).contains("must");
    }

    @Test
    void theReportingVerbCountsWhenItEndorsesTheContent() {
        StanceAssessment urged = assessor.assess("an arms embargo on both sides", "urge", QuoteKind.PARTIAL, EMBARGO);
        assertThat(urged.stance()).isEqualTo(Stance.SUPPORTS);
        StanceAssessment calledFor = assessor.assess("an arms embargo", "call", QuoteKind.INDIRECT, EMBARGO);
        assertThat(calledFor.stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void moreOfTheTopicIsSupport() {
        StanceAssessment tougher = said("Ottawa will impose tougher steel tariffs next month", TARIFFS);
        assertThat(tougher.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(tougher.cues()).anySatisfy(cue -> assertThat(cue).contains("tougher"));
    }

    // ---------------------------------------------------------------- opposition

    @Test
    void condemningAndCallingItAMistakeOppose() {
        assertThat(said("the steel tariffs were a reckless mistake that would hurt every family", TARIFFS).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(assessor.assess("the arms embargo", "condemn", QuoteKind.PARTIAL, EMBARGO).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void lessOfTheTopicIsOpposition() {
        assertThat(said("the council should scrap the congestion toll within a year", TOLL).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(said("he wanted to prevent another referendum at all costs", REFERENDUM).stance())
                .isEqualTo(Stance.OPPOSES);
    }

    @Test
    void rejectingACallForSomethingOpposesIt() {
        StanceAssessment rejected = said("the council rejected calls for a congestion toll", TOLL);
        assertThat(rejected.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(rejected.cues()).contains("rejected calls for");
        assertThat(said("the mayor welcomed calls for a congestion toll", TOLL).stance()).isEqualTo(Stance.SUPPORTS);
        // an adjective against does not turn round the next word against: still two words against
        assertThat(said("she condemned the reckless steel tariffs", TARIFFS).stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void judgingAgainstWhatIsItselfAgainstTheTopicSupportsIt() {
        // lifting lowers the embargo; calling that a mistake is standing up for the embargo
        StanceAssessment assessment = said("lifting the arms embargo now would be a grave mistake", EMBARGO);
        assertThat(assessment.stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aKeywordThatJudgesCarriesItsOwnPolarity() {
        assertThat(assessor.assess("liar", "call", QuoteKind.PARTIAL, GOVERNOR_HONESTY).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(said("Governor Varga cannot be trusted with the budget", GOVERNOR_HONESTY).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(said("Governor Varga has been an honest broker throughout", GOVERNOR_HONESTY).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    // ---------------------------------------------------------------- negation

    @Test
    void negationTurnsTheStanceWordRound() {
        StanceAssessment wont = said("Senator Okafor won't support a second referendum", REFERENDUM);
        assertThat(wont.stance()).isEqualTo(Stance.OPPOSES);
        assertThat(wont.cues()).contains("not support");
        assertThat(said("the party will never back another referendum on membership", REFERENDUM).stance())
                .isEqualTo(Stance.OPPOSES);
        assertThat(said("she does not oppose tariffs on steel", TARIFFS).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void negationOfTheTopicItselfOpposesIt() {
        assertThat(said("there will be no congestion toll in this city", TOLL).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(said("I don't think steel tariffs are a mistake", TARIFFS).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void refusingAndDenyingTurnRound() {
        assertThat(said("the cabinet refused to endorse the congestion toll", TOLL).stance()).isEqualTo(Stance.OPPOSES);
        assertThat(assessor.assess("she had ever backed an arms embargo", "deny", QuoteKind.INDIRECT, EMBARGO)
                .stance()).isEqualTo(Stance.OPPOSES);
    }

    @Test
    void noThisWithoutThatMakesThatARequirement() {
        assertThat(said("there can be no agreement without the release of the hostages", HOSTAGES).stance())
                .isEqualTo(Stance.SUPPORTS);
        assertThat(said("we will not sign any deal without the hostages freed", HOSTAGES).stance())
                .isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void aFantasyDeniesWhatFollows() {
        StanceAssessment assessment = said("it is a fantasy that Governor Varga is an honest broker", GOVERNOR_HONESTY);
        assertThat(assessment.stance()).isEqualTo(Stance.OPPOSES);
    }

    // ---------------------------------------------------------------- mixed

    @Test
    void bothSidesInOneStatementAreMixed() {
        StanceAssessment assessment = said("a congestion toll is the right thing for the centre, but this congestion "
                + "toll is a disaster for small traders", TOLL);
        assertThat(assessment.stance()).isEqualTo(Stance.MIXED);
    }

    @Test
    void supportOnAConditionIsMixed() {
        assertThat(said("Lisbon would support an arms embargo only if every supplier signed up", EMBARGO).stance())
                .isEqualTo(Stance.MIXED);
        assertThat(said("Lisbon is ready to back an arms embargo, but only if every supplier signs up", EMBARGO).stance())
                .isEqualTo(Stance.MIXED);
    }

    @Test
    void aContrastAfterTheTopicCountsAgainstIt() {
        StanceAssessment assessment = said("we welcome the steel tariffs, but they are a dangerous mistake for "
                + "carmakers", TARIFFS);
        assertThat(assessment.stance()).isEqualTo(Stance.MIXED);
    }

    // ---------------------------------------------------------------- neutral

    @Test
    void mentioningOrDiscussingIsNeutral() {
        assertThat(said("the committee will discuss fishing quotas on Tuesday", FISHING).stance())
                .isEqualTo(Stance.NEUTRAL);
        assertThat(said("officials met in Bergen to talk about fishing quotas", FISHING).stance())
                .isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void aQuestionWithoutAStanceWordIsNeutral() {
        StanceAssessment asked = assessor.assess("whether the governor was a liar", "ask", QuoteKind.INDIRECT,
                GOVERNOR_HONESTY);
        assertThat(asked.stance()).isEqualTo(Stance.NEUTRAL);
        assertThat(said("Will the minister impose tougher steel tariffs?", TARIFFS).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void assertingThatItWillHappenLeansWeaklyTowardsIt() {
        StanceAssessment assessment = said("Kent would get a new tunnel within ten years", CHANNEL_TUNNEL);
        assertThat(assessment.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(assessment.confidence()).isLessThan(said("Kent must get a new tunnel", CHANNEL_TUNNEL).confidence());
    }

    // ---------------------------------------------------------------- where the topic is, and confidence

    @Test
    void stanceWordsInAnotherClauseDoNotCount() {
        // The objection is to the weather, in its own sentence; on the toll the speaker only reports.
        StanceAssessment assessment = said("The congestion toll starts in May. The storms have been a disaster.", TOLL);
        assertThat(assessment.stance()).isEqualTo(Stance.NEUTRAL);
        StanceAssessment separate = said("the tunnel project is a mistake, and the congestion toll is essential", TOLL);
        assertThat(separate.stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void anAbbreviationDoesNotEndTheSentence() {
        StanceTopic reforms = new StanceTopic("Pension reform", List.of("pension reform"));
        assertThat(said("we support Gov. Varga and the pension reform", reforms).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(said("we support Varga. The pension reform comes next", reforms).stance()).isEqualTo(Stance.NEUTRAL);
    }

    @Test
    void withoutAKeywordTheTopicsNameStandsInWithLessConfidence() {
        StanceAssessment byName = said("the embargo on arms must stay in force", EMBARGO);
        StanceAssessment byKeyword = said("the arms embargo must stay in force", EMBARGO);
        assertThat(byName.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(byName.confidence()).isLessThan(byKeyword.confidence());
    }

    @Test
    void aNameInTheTopicsTitleIsNotWhatStanceWordsActOn() {
        StanceTopic sanctions = new StanceTopic("Sanctions on Belarus", List.of("sanctions"));
        // "against Belarus" and "stop Belarus" name the target of the measures, not the measures
        assertThat(said("the measures against Belarus must be tightened", sanctions).stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(said("Europe must stop Belarus from evading the measures", sanctions).stance()).isEqualTo(Stance.SUPPORTS);
    }

    @Test
    void hedgesLowerConfidenceButKeepTheSide() {
        StanceAssessment hedged = said("the minister might perhaps back steel tariffs", TARIFFS);
        StanceAssessment plain = said("the minister will back steel tariffs", TARIFFS);
        assertThat(hedged.stance()).isEqualTo(Stance.SUPPORTS);
        assertThat(hedged.confidence()).isLessThan(plain.confidence());
    }

    @Test
    void moreStanceWordsGiveMoreConfidence() {
        assertThat(said("we support steel tariffs because steel tariffs are essential and vital to the mills", TARIFFS).confidence())
                .isGreaterThan(said("we support steel tariffs", TARIFFS).confidence());
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> assessor.assess(null, "say", QuoteKind.DIRECT, TARIFFS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StanceTopic(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(said("", TARIFFS).stance()).isEqualTo(Stance.NEUTRAL);
    }
}
