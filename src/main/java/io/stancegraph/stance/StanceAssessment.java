package io.stancegraph.stance;

import java.util.List;

/**
 * The stance one statement takes on one topic, how sure the assessor is (0 to 1), the words that decided it
 * ("not support", "must", "without ukraine"), so an editor can see why, and the rule family that decided it
 * ("negation", "stance words", "question"; see {@link StanceAssessor}).
 */
public record StanceAssessment(StanceLabel stance, double confidence, List<String> cues, String rule) {

    /** The rule of a judgement read back from storage, which keeps the stance, confidence and cues only. */
    public static final String STORED = "stored";

    public StanceAssessment {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        cues = List.copyOf(cues);
        if (rule == null || rule.isBlank()) {
            throw new IllegalArgumentException("an assessment names the rule that decided it");
        }
    }

    /** A judgement read back from storage. */
    public StanceAssessment(StanceLabel stance, double confidence, List<String> cues) {
        this(stance, confidence, cues, STORED);
    }
}
