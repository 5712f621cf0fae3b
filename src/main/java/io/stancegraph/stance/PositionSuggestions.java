package io.stancegraph.stance;

import java.util.List;

/**
 * The positions the extractor suggests for one actor and topic: the periods of the stance timeline that take a
 * side, each with its calibrated confidence. Periods of statements that take no side are left out: mentioning a topic
 * is not a stance on it.
 */
public final class PositionSuggestions {

    /** One suggested position: a period of the timeline and how often a position like it is right. */
    public record Suggestion(StanceTimeline.Period period, double confidence) {
    }

    private PositionSuggestions() {
    }

    public static List<Suggestion> of(List<StanceTimeline.Evidence> statements) {
        return StanceTimeline.of(statements).stream().filter(period -> period.stance() != StanceLabel.NEUTRAL)
                .map(period -> new Suggestion(period, PositionConfidence.of(period))).toList();
    }
}
