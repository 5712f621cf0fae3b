package io.stancegraph.extraction;

import java.util.List;

/** An event named by the article. The name is built deterministically so that two articles agree on it. */
public record ExtractedEvent(String name, EventKind kind, FuzzyDate date, String location, List<String> participants,
                    int paragraph) {
    public ExtractedEvent {
        participants = List.copyOf(participants);
    }
}
