package io.stancegraph.stance;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.stancegraph.stance.ClauseReading.ClauseStance;
import io.stancegraph.stance.CueVerbRule.CueVerb;
import io.stancegraph.stance.TopicFinder.Reach;

/**
 * The clauses of one statement weighed together: how much leans for the topic and how much against, the cues, and
 * the rule behind the strongest clause on each side.
 */
final class StanceTally {

    /** The stamp of a statement whose clauses lean both ways with similar weight. */
    static final String BALANCE = "balance";
    /** The stamp of a statement whose condition ("only if") makes it MIXED. */
    static final String CONDITION = "condition";

    /** The weaker of two opposite leanings, as a share of the stronger, from which a statement is MIXED. */
    private static final double MIXED_SHARE = 0.5;

    private final boolean denied;
    private boolean hedged;
    private boolean question;
    private boolean conditional;
    private double forTopic;
    private double againstTopic;
    private final Set<String> because = new LinkedHashSet<>();
    private double strongestFor;
    private String ruleFor;
    private double strongestAgainst;
    private String ruleAgainst;
    private boolean questionDecided;

    StanceTally(CueVerb verb) {
        denied = verb.denies();
        hedged = verb.hedges();
        question = verb.asks();
        if (verb.weight() != 0) {
            because.add(verb.verb());
        }
    }

    /** Whether the reporting verb, or a clause so far, asks. */
    boolean question() {
        return question;
    }

    void add(ClauseStance stance, double weight, boolean clauseQuestion) {
        double leaning = (denied ? -1 : 1) * stance.leaning() * weight;
        if (leaning > 0) {
            forTopic += leaning;
        } else {
            againstTopic -= leaning;
        }
        if (leaning != 0) {
            because.addAll(stance.because());
        }
        if (leaning > strongestFor) {
            strongestFor = leaning;
            ruleFor = stance.rule();
        } else if (-leaning > strongestAgainst) {
            strongestAgainst = -leaning;
            ruleAgainst = stance.rule();
        }
        questionDecided |= stance.rule().equals(QuestionRule.NAME);
        hedged |= stance.hedged();
        // "ready to consider a ceasefire, but only if ...": the condition may sit in the clause after the topic.
        conditional |= stance.conditional();
        question |= clauseQuestion;
    }

    StanceAssessment verdict(Reach reach) {
        if (forTopic == 0 && againstTopic == 0) {
            return new StanceAssessment(StanceLabel.NEUTRAL, reach == Reach.KEYWORD ? 0.6 : 0.4, List.of(),
                    questionDecided ? QuestionRule.NAME : ClauseReading.NO_STANCE);
        }
        double stronger = Math.max(forTopic, againstTopic);
        double weaker = Math.min(forTopic, againstTopic);
        StanceLabel result;
        double strength;
        String rule;
        if (conditional || weaker >= MIXED_SHARE * stronger) {
            result = StanceLabel.MIXED;
            strength = Math.min(forTopic + againstTopic, 2.0) / 2;
            rule = conditional ? CONDITION : BALANCE;
        } else {
            result = forTopic > againstTopic ? StanceLabel.SUPPORTS : StanceLabel.OPPOSES;
            strength = Math.min(stronger - weaker, 2.5) / 2.5;
            // A denial turns round what the content says: the reporting verb decided the side.
            rule = denied ? CueVerbRule.NAME : result == StanceLabel.SUPPORTS ? ruleFor : ruleAgainst;
        }
        double confidence = (0.45 + 0.5 * strength) * reach.trust * (hedged ? 0.8 : 1) * (question ? 0.75 : 1);
        return new StanceAssessment(result, round(confidence), List.copyOf(because), rule);
    }

    private static double round(double value) {
        return Math.max(0.05, Math.min(0.95, Math.round(value * 100) / 100.0));
    }
}
