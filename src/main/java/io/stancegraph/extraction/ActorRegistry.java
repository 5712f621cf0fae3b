package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The register of known actors the extractor consults; the database implements it in the service. */
public interface ActorRegistry {

    /** The actor known under this exact surface form (alias or canonical name, case-insensitive), if any. */
    Optional<KnownActor> byAlias(String surfaceForm);

    /** Actors holding an office whose title matches (case-insensitive, e.g. "Foreign Secretary") on the day. */
    List<KnownActor> holdersOf(String title, LocalDate onDay);

    ActorRegistry EMPTY = new ActorRegistry() {
        @Override
        public Optional<KnownActor> byAlias(String surfaceForm) {
            return Optional.empty();
        }

        @Override
        public List<KnownActor> holdersOf(String title, LocalDate onDay) {
            return List.of();
        }
    };
}
