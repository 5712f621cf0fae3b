package io.stancegraph.actor;

import java.util.Set;

/**
 * Editors gave statements to these actors, took statements from them, or re-tagged their statements' topics. Fired
 * inside the editor's transaction, so the extractor's positions of these actors are worked out again with it.
 */
public record StatementsOfActorsChanged(Set<Long> actorIds) {
    public StatementsOfActorsChanged {
        actorIds = Set.copyOf(actorIds);
    }
}
