package io.stancegraph.stance;

import java.util.List;

/**
 * The stance one statement takes on one topic, how sure the assessor is (0 to 1), and the words that decided it
 * ("not support", "must", "without ukraine"), so an editor can see why.
 */
public record StanceAssessment(StanceLabel stance, double confidence, List<String> cues) {
    public StanceAssessment {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        cues = List.copyOf(cues);
    }
}
