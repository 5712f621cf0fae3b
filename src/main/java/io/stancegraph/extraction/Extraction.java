package io.stancegraph.extraction;

import java.util.List;

/** Everything extracted from one article: statements in reading order, actors mentioned, events. */
public record Extraction(List<ExtractedStatement> statements, List<ActorMention> actors, List<ExtractedEvent> events) {
    public Extraction {
        statements = List.copyOf(statements);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
