package io.stancegraph.stance;

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

    private static final StanceTopic DAM = new StanceTopic("Valley dam", List.of("dam"),
            List.of("the river should be dammed to supply the city", "the dam will end the summer droughts"),
            List.of("the valley must not be flooded for a reservoir", "the dam will not pay for itself"));

    private final StanceAssessor assessor = new StanceAssessor();

    private StanceAssessment said(String text, StanceTopic topic) {
        return assessor.assess(text, "say", QuoteForm.INDIRECT, topic);
    }

    // ---------------------------------------------------------------- support

    @Test
    void backingAndCommitmentSupport() {
        assertThat(said("the Vestland Party will back steel tariffs to protect the mills", TARIFFS).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
        assertThat(said("ministers remain firmly committed to tariffs on steel", TARIFFS).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aModalOfObligationSupports() {
        StanceAssessment must = said("there must be an arms embargo before the summit", EMBARGO);
        assertThat(must.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(must.cues()).contains("must");
    }

    @Test
    void theReportingVerbCountsWhenItEndorsesTheContent() {
        StanceAssessment urged = assessor.assess("an arms embargo on both sides", "urge", QuoteForm.PARTIAL, EMBARGO);
        assertThat(urged.stance()).isEqualTo(StanceLabel.SUPPORTS);
        StanceAssessment calledFor = assessor.assess("an arms embargo", "call", QuoteForm.INDIRECT, EMBARGO);
        assertThat(calledFor.stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void moreOfTheTopicIsSupport() {
        StanceAssessment tougher = said("Ottawa will impose tougher steel tariffs next month", TARIFFS);
        assertThat(tougher.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(tougher.cues()).anySatisfy(cue -> assertThat(cue).contains("tougher"));
    }

    // ---------------------------------------------------------------- opposition

    @Test
    void condemningAndCallingItAMistakeOppose() {
        assertThat(said("the steel tariffs were a reckless mistake that would hurt every family", TARIFFS).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(assessor.assess("the arms embargo", "condemn", QuoteForm.PARTIAL, EMBARGO).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void lessOfTheTopicIsOpposition() {
        assertThat(said("the council should scrap the congestion toll within a year", TOLL).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("he wanted to prevent another referendum at all costs", REFERENDUM).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void rejectingACallForSomethingOpposesIt() {
        StanceAssessment rejected = said("the council rejected calls for a congestion toll", TOLL);
        assertThat(rejected.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(rejected.cues()).contains("rejected calls for");
        assertThat(said("the mayor welcomed calls for a congestion toll", TOLL).stance()).isEqualTo(StanceLabel.SUPPORTS);
        // an adjective against does not turn round the next word against: still two words against
        assertThat(said("she condemned the reckless steel tariffs", TARIFFS).stance()).isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void judgingAgainstWhatIsItselfAgainstTheTopicSupportsIt() {
        // lifting lowers the embargo; calling that a mistake is standing up for the embargo
        StanceAssessment assessment = said("lifting the arms embargo now would be a grave mistake", EMBARGO);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aKeywordThatJudgesCarriesItsOwnPolarity() {
        assertThat(assessor.assess("liar", "call", QuoteForm.PARTIAL, GOVERNOR_HONESTY).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("Governor Varga cannot be trusted with the budget", GOVERNOR_HONESTY).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("Governor Varga has been an honest broker throughout", GOVERNOR_HONESTY).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    // ---------------------------------------------------------------- negation

    @Test
    void negationTurnsTheStanceWordRound() {
        StanceAssessment wont = said("Senator Okafor won't support a second referendum", REFERENDUM);
        assertThat(wont.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(wont.cues()).contains("not support");
        assertThat(said("the party will never back another referendum on membership", REFERENDUM).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("she does not oppose tariffs on steel", TARIFFS).stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void negationOfTheTopicItselfOpposesIt() {
        assertThat(said("there will be no congestion toll in this city", TOLL).stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("I don't think steel tariffs are a mistake", TARIFFS).stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void refusingAndDenyingTurnRound() {
        assertThat(said("the cabinet refused to endorse the congestion toll", TOLL).stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(assessor.assess("she had ever backed an arms embargo", "deny", QuoteForm.INDIRECT, EMBARGO)
                .stance()).isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void noThisWithoutThatMakesThatARequirement() {
        assertThat(said("there can be no agreement without the release of the hostages", HOSTAGES).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
        assertThat(said("we will not sign any deal without the hostages freed", HOSTAGES).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aFantasyDeniesWhatFollows() {
        StanceAssessment assessment = said("it is a fantasy that Governor Varga is an honest broker", GOVERNOR_HONESTY);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.OPPOSES);
    }

    // ---------------------------------------------------------------- mixed

    @Test
    void bothSidesInOneStatementAreMixed() {
        StanceAssessment assessment = said("a congestion toll is the right thing for the centre, but this congestion "
                + "toll is a disaster for small traders", TOLL);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.MIXED);
    }

    @Test
    void supportOnAConditionIsMixed() {
        assertThat(said("Lisbon would support an arms embargo only if every supplier signed up", EMBARGO).stance())
                .isEqualTo(StanceLabel.MIXED);
        assertThat(said("Lisbon is ready to back an arms embargo, but only if every supplier signs up", EMBARGO).stance())
                .isEqualTo(StanceLabel.MIXED);
    }

    @Test
    void aContrastAfterTheTopicCountsAgainstIt() {
        StanceAssessment assessment = said("we welcome the steel tariffs, but they are a dangerous mistake for "
                + "carmakers", TARIFFS);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.MIXED);
    }

    // ---------------------------------------------------------------- neutral

    @Test
    void mentioningOrDiscussingIsNeutral() {
        assertThat(said("the committee will discuss fishing quotas on Tuesday", FISHING).stance())
                .isEqualTo(StanceLabel.NEUTRAL);
        assertThat(said("officials met in Bergen to talk about fishing quotas", FISHING).stance())
                .isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void aQuestionWithoutAStanceWordIsNeutral() {
        StanceAssessment asked = assessor.assess("whether the governor was a liar", "ask", QuoteForm.INDIRECT,
                GOVERNOR_HONESTY);
        assertThat(asked.stance()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(said("Will the minister impose tougher steel tariffs?", TARIFFS).stance()).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void assertingThatItWillHappenLeansWeaklyTowardsIt() {
        StanceAssessment assessment = said("Kent would get a new tunnel within ten years", CHANNEL_TUNNEL);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(assessment.confidence()).isLessThan(said("Kent must get a new tunnel", CHANNEL_TUNNEL).confidence());
    }

    // ---------------------------------------------------------------- where the topic is, and confidence

    @Test
    void stanceWordsInAnotherClauseDoNotCount() {
        // The objection is to the weather, in its own sentence; on the toll the speaker only reports.
        StanceAssessment assessment = said("The congestion toll starts in May. The storms have been a disaster.", TOLL);
        assertThat(assessment.stance()).isEqualTo(StanceLabel.NEUTRAL);
        StanceAssessment separate = said("the tunnel project is a mistake, and the congestion toll is essential", TOLL);
        assertThat(separate.stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void anAbbreviationDoesNotEndTheSentence() {
        StanceTopic reforms = new StanceTopic("Pension reform", List.of("pension reform"));
        assertThat(said("we support Gov. Varga and the pension reform", reforms).stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(said("we support Varga. The pension reform comes next", reforms).stance()).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void withoutAKeywordTheTopicsNameStandsInWithLessConfidence() {
        StanceAssessment byName = said("the embargo on arms must stay in force", EMBARGO);
        StanceAssessment byKeyword = said("the arms embargo must stay in force", EMBARGO);
        assertThat(byName.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(byName.confidence()).isLessThan(byKeyword.confidence());
    }

    @Test
    void aNameInTheTopicsTitleIsNotWhatStanceWordsActOn() {
        StanceTopic sanctions = new StanceTopic("Sanctions on Belarus", List.of("sanctions"));
        // "against Belarus" and "stop Belarus" name the target of the measures, not the measures
        assertThat(said("the measures against Belarus must be tightened", sanctions).stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(said("Europe must stop Belarus from evading the measures", sanctions).stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void hedgesLowerConfidenceButKeepTheSide() {
        StanceAssessment hedged = said("the minister might perhaps back steel tariffs", TARIFFS);
        StanceAssessment plain = said("the minister will back steel tariffs", TARIFFS);
        assertThat(hedged.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(hedged.confidence()).isLessThan(plain.confidence());
    }

    @Test
    void moreStanceWordsGiveMoreConfidence() {
        assertThat(said("we support steel tariffs because steel tariffs are essential and vital to the mills", TARIFFS).confidence())
                .isGreaterThan(said("we support steel tariffs", TARIFFS).confidence());
    }

    // ---------------------------------------------------------------- which rule decided

    @Test
    void eachAssessmentNamesTheRuleThatDecidedIt() {
        assertThat(said("Senator Okafor won't support a second referendum", REFERENDUM).rule()).isEqualTo("stance word");
        assertThat(said("there will be no congestion toll in this city", TOLL).rule()).isEqualTo("negation");
        assertThat(said("Ottawa will impose tougher steel tariffs next month", TARIFFS).rule()).isEqualTo("governor");
        assertThat(said("Kent would get a new tunnel within ten years", CHANNEL_TUNNEL).rule()).isEqualTo("assertion");
        assertThat(assessor.assess("liar", "call", QuoteForm.PARTIAL, GOVERNOR_HONESTY).rule())
                .isEqualTo("judging keyword");
        assertThat(assessor.assess("an arms embargo", "call", QuoteForm.INDIRECT, EMBARGO).rule()).isEqualTo("cue verb");
        assertThat(assessor.assess("she had ever backed an arms embargo", "deny", QuoteForm.INDIRECT, EMBARGO).rule())
                .isEqualTo("cue verb");
    }

    @Test
    void mixedAndNeutralAssessmentsNameWhyToo() {
        assertThat(said("Lisbon would support an arms embargo only if every supplier signed up", EMBARGO).rule())
                .isEqualTo("condition");
        assertThat(said("a congestion toll is the right thing for the centre, but this congestion toll is a disaster "
                + "for small traders", TOLL).rule()).isEqualTo("balance");
        assertThat(said("Will the minister impose tougher steel tariffs?", TARIFFS).rule()).isEqualTo("question");
        assertThat(said("the committee will discuss fishing quotas on Tuesday", FISHING).rule()).isEqualTo("no stance");
    }

    @Test
    void anObligationDeniedOpposes() {
        assertThat(said("steel tariffs should not be rising while the mills are already closing", TARIFFS).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("the fishing fleet must not be forced into fishing quotas it never agreed", FISHING).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void asLongAsSetsAConditionButForAsLongAsPledges() {
        assertThat(said("we will back steel tariffs as long as the mills invest in cleaner furnaces", TARIFFS)
                .stance()).isEqualTo(StanceLabel.MIXED);
        assertThat(said("we will back steel tariffs for as long as it takes", TARIFFS).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void whatFollowsIfIsTheHypotheticalNotTheStance() {
        StanceAssessment threat = said("the bloc would impose an arms embargo if the junta did not accept the truce",
                EMBARGO);
        assertThat(threat.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(threat.cues()).noneSatisfy(cue -> assertThat(cue).contains("accept"));
    }

    // ---------------------------------------------------------------- claims

    @Test
    void aStatementThatSaysAConClaimOpposesWhateverItsModalSuggests() {
        StanceAssessment flooded = said("Our valley must not be flooded to build a reservoir for the suburbs", DAM);
        assertThat(flooded.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(flooded.rule()).isEqualTo("claim");
        assertThat(flooded.cues()).containsExactly("claim:con:the valley must not be flooded for a reservoir");
    }

    @Test
    void aStatementThatSaysAProClaimSupports() {
        StanceAssessment supply = said("Damming the river is the surest way to supply the city with water", DAM);
        assertThat(supply.stance()).isEqualTo(StanceLabel.SUPPORTS);
        assertThat(supply.cues()).containsExactly("claim:pro:the river should be dammed to supply the city");
    }

    @Test
    void aNegationTheClaimLacksTurnsItRound() {
        StanceAssessment droughts = said("the engineers admit the dam will never end the droughts of summer", DAM);
        assertThat(droughts.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(droughts.cues()).containsExactly("claim:pro:the dam will end the summer droughts");
        // A negated claim said without its negation is denied: the dam pays for itself, so it is a good idea.
        assertThat(said("over forty years the dam will pay for itself twice over", DAM).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aNegationInALaterClauseDoesNotTurnTheClaim() {
        assertThat(said("Damming the river would supply the city for decades, though the council has not said when",
                DAM).stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aQuestionSaysNoClaim() {
        StanceAssessment asked = said("Will the dam really end the summer droughts?", DAM);
        assertThat(asked.stance()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(asked.rule()).isEqualTo("question");
        // The answer after the question does.
        assertThat(said("Will it end the summer droughts? The dam will not pay for itself in a century", DAM).cues())
                .containsExactly("claim:con:the dam will not pay for itself");
    }

    @Test
    void aStatementSharingOneWordWithAClaimIsNotReadByIt() {
        StanceAssessment visit = said("the minister will visit the city on Friday", DAM);
        assertThat(visit.cues()).noneSatisfy(cue -> assertThat(cue).startsWith("claim:"));
    }

    // ---------------------------------------------------------------- requirements, wishes of others, counterfactuals

    private static final StanceTopic FARMERS_CONSULTED = new StanceTopic("Farmers at the table",
            List.of("without the farmers"));

    @Test
    void withoutThenANegationMakesARequirement() {
        StanceAssessment mills = said("Without steel tariffs, no mill in the valley will see out the decade", TARIFFS);
        assertThat(mills.stance()).isEqualTo(StanceLabel.SUPPORTS);
        // A keyword that is itself a "without", then a negation: the farmers are required.
        assertThat(said("A fishing deal signed without the farmers will not last a season", FARMERS_CONSULTED).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
        // "without" alone still counts against.
        assertThat(said("the ministers drafted the deal without the farmers", FARMERS_CONSULTED).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void someoneElsesWishIsNotTheSpeakersStance() {
        assertThat(said("the Governor wants another referendum by the spring", REFERENDUM).stance())
                .isEqualTo(StanceLabel.NEUTRAL);
        assertThat(said("Varga says he wants a second referendum", REFERENDUM).stance())
                .isEqualTo(StanceLabel.NEUTRAL);
        assertThat(said("If Brandt wants an arms embargo back on the agenda, let him argue for it in the chamber", EMBARGO)
                .cues()).doesNotContain("back");
        // The speaker's own wish counts.
        assertThat(said("we want another referendum by the spring", REFERENDUM).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aSubjunctiveConditionIsHeldUntrue() {
        StanceAssessment honest = said("If the governor were an honest broker, she would publish the contracts",
                GOVERNOR_HONESTY);
        assertThat(honest.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("the governor has been an honest broker throughout", GOVERNOR_HONESTY).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void wordsOfCondemnationOppose() {
        assertThat(said("another referendum would be a blank cheque for the campaigners", REFERENDUM).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("the country simply cannot afford steel tariffs this year", TARIFFS).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("calling the arms embargo theft is grotesque", EMBARGO).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void twoNegationsAroundAClaimCancel() {
        StanceAssessment needed = said("Without the dam in the gorge, the summer droughts will never end", DAM);
        assertThat(needed.stance()).isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void aClaimReportedAsSomeoneElsesIsNotTheSpeakers() {
        StanceAssessment reported = said("Varga says the dam will end the summer droughts", DAM);
        assertThat(reported.cues()).noneSatisfy(cue -> assertThat(cue).startsWith("claim:"));
    }

    @Test
    void tooEarlyToLiftIsNotLifting() {
        assertThat(said("it is far too early to think about lifting the arms embargo", EMBARGO).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
        assertThat(said("scrapping the congestion toll would weaken the city centre", TOLL).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void notThinkingNegatesWhatIsThought() {
        StanceAssessment doubt = said("I don't think a second referendum is very important right now, to be honest",
                REFERENDUM);
        assertThat(doubt.stance()).isEqualTo(StanceLabel.OPPOSES);
        assertThat(doubt.cues()).doesNotContain("honest");
    }

    @Test
    void dismissalsOppose() {
        assertThat(said("a second referendum is not going to happen", REFERENDUM).stance())
                .isEqualTo(StanceLabel.OPPOSES);
        assertThat(said("the campaigners can forget about another referendum", REFERENDUM).stance())
                .isEqualTo(StanceLabel.OPPOSES);
    }

    @Test
    void anOpenQuestionTakesNoSide() {
        StanceAssessment open = said("We take no view on whether steel tariffs are a good or a bad idea", TARIFFS);
        assertThat(open.stance()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(open.rule()).isEqualTo("question");
    }

    @Test
    void aWithoutOfSomethingElseDoesNotTurnTheClaim() {
        // "without a permit" negates the permit, not the claim the sentence says.
        assertThat(said("Even without a permit the dam will end the summer droughts", DAM).stance())
                .isEqualTo(StanceLabel.SUPPORTS);
    }

    @Test
    void theFormOfTheQuoteIsReadByName() {
        assertThat(QuoteForm.named("INDIRECT")).isEqualTo(QuoteForm.INDIRECT);
        assertThat(QuoteForm.named("PARAPHRASE")).isNull();
        assertThat(QuoteForm.named(null)).isNull();
    }

    @Test
    void badInputIsRefused() {
        assertThatThrownBy(() -> assessor.assess(null, "say", QuoteForm.DIRECT, TARIFFS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StanceTopic(" ", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(said("", TARIFFS).stance()).isEqualTo(StanceLabel.NEUTRAL);
    }
}
