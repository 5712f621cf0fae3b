package io.stancegraph.tools;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiFunction;

import io.stancegraph.extraction.ExtractedStatement;
import io.stancegraph.stance.StanceAssessment;
import io.stancegraph.stance.StanceLabel;
import io.stancegraph.stance.StanceTopic;

/**
 * Stance from claim similarity alone: SUPPORTS when the statement is closer to the topic's best pro claim than to its
 * best con claim by more than {@code margin} and the closer one reaches {@code floor}; OPPOSES the other way round;
 * MIXED when both reach the floor and lie within the margin of each other; NEUTRAL otherwise. Also the simple
 * combinations with the rules that the evaluation compares ({@link #combined}).
 */
final class ModelStanceAssessor {

    /** The rule name stamped on the model's judgements. */
    static final String RULE = "claim similarity";

    /** The rule families that turn content round: where they decide, the rules know something the model cannot. */
    private static final Set<String> TURNING_RULES = Set.of("negation", "rejection", "refusal", "cue verb");

    private final ClaimSimilarity similarity;
    private final double margin;
    private final double floor;

    ModelStanceAssessor(ClaimSimilarity similarity, double margin, double floor) {
        this.similarity = similarity;
        this.margin = margin;
        this.floor = floor;
    }

    StanceAssessment assess(String text, StanceTopic topic) {
        ClaimSimilarity.Closest closest = similarity.closest(text, topic);
        double difference = closest.pro() - closest.con();
        List<String> cues = List.of(String.format(Locale.ROOT, "pro %.2f: %s", closest.pro(), closest.proClaim()),
                String.format(Locale.ROOT, "con %.2f: %s", closest.con(), closest.conClaim()));
        if (closest.best() < floor) {
            return new StanceAssessment(StanceLabel.NEUTRAL, 0.5, List.of(), RULE);
        }
        // Confidence grows with the gap between the sides, as the rules' grows with the gap between for and against.
        double confidence = Math.min(0.95, 0.45 + 0.5 * Math.min(Math.abs(difference) / 0.2, 1));
        if (difference > margin) {
            return new StanceAssessment(StanceLabel.SUPPORTS, confidence, cues, RULE);
        }
        if (-difference > margin) {
            return new StanceAssessment(StanceLabel.OPPOSES, confidence, cues, RULE);
        }
        if (Math.min(closest.pro(), closest.con()) >= floor) {
            return new StanceAssessment(StanceLabel.MIXED, 0.5, cues, RULE);
        }
        return new StanceAssessment(StanceLabel.NEUTRAL, 0.5, List.of(), RULE);
    }

    BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> function() {
        return (statement, topic) -> assess(statement.text(), topic);
    }

    /**
     * An assessment function by name: {@code rules}; a model alone ({@code minilm}, {@code minilm-q}); or a model
     * combined with the rules:
     * <ul>
     * <li>{@code MODEL+rules}: the rules decide when they take a side, the model where they find none (NEUTRAL);</li>
     * <li>{@code MODEL>rules}: the model decides when it takes a side, the rules otherwise;</li>
     * <li>{@code MODEL~rules}: the model decides, except where the rules decided by a rule that turns the content
     * round (negation, rejection, refusal, a denying cue verb), where the rules' verdict stands;</li>
     * <li>{@code MODEL&rules}: the rules, except that a side the model contradicts (it takes the other side) becomes
     * NEUTRAL: the model as a veto, for precision.</li>
     * </ul>
     */
    static BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> combined(String name, double margin,
            double floor, java.util.function.Function<ClaimSimilarity.Model, ClaimSimilarity> models) {
        BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> rules = StanceGold.rules();
        if (name.equals("rules")) {
            return rules;
        }
        String[] parts = name.split("(?=[+>~&])", 2);
        ModelStanceAssessor model = new ModelStanceAssessor(models.apply(ClaimSimilarity.Model.named(parts[0])), margin,
                floor);
        BiFunction<ExtractedStatement, StanceTopic, StanceAssessment> alone = model.function();
        if (parts.length == 1) {
            return alone;
        }
        if (!parts[1].substring(1).equals("rules")) {
            throw new IllegalArgumentException("no such combination: " + name);
        }
        return switch (parts[1].charAt(0)) {
            case '+' -> (statement, topic) -> {
                StanceAssessment byRules = rules.apply(statement, topic);
                return byRules.stance() != StanceLabel.NEUTRAL ? byRules : alone.apply(statement, topic);
            };
            case '>' -> (statement, topic) -> {
                StanceAssessment byModel = alone.apply(statement, topic);
                return byModel.stance() != StanceLabel.NEUTRAL ? byModel : rules.apply(statement, topic);
            };
            case '~' -> (statement, topic) -> {
                StanceAssessment byRules = rules.apply(statement, topic);
                if (byRules.stance() != StanceLabel.NEUTRAL && TURNING_RULES.contains(byRules.rule())) {
                    return byRules;
                }
                StanceAssessment byModel = alone.apply(statement, topic);
                return byModel.stance() != StanceLabel.NEUTRAL ? byModel : byRules;
            };
            case '&' -> (statement, topic) -> {
                StanceAssessment byRules = rules.apply(statement, topic);
                if (byRules.stance() != StanceLabel.SUPPORTS && byRules.stance() != StanceLabel.OPPOSES) {
                    return byRules;
                }
                StanceLabel byModel = alone.apply(statement, topic).stance();
                boolean contradicts = byModel == StanceLabel.SUPPORTS && byRules.stance() == StanceLabel.OPPOSES
                        || byModel == StanceLabel.OPPOSES && byRules.stance() == StanceLabel.SUPPORTS;
                return contradicts ? new StanceAssessment(StanceLabel.NEUTRAL, 0.5, List.of(), RULE) : byRules;
            };
            default -> throw new IllegalArgumentException("no such combination: " + name);
        };
    }
}
