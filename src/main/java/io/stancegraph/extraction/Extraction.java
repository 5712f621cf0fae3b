package io.stancegraph.extraction;

import java.util.List;

/** Everything extracted from one article: statements in reading order, actors mentioned, events. */
public record Extraction(List<Statement> statements, List<ActorMention> actors, List<Event> events) {
    public Extraction {
        statements = List.copyOf(statements);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
    }
}
