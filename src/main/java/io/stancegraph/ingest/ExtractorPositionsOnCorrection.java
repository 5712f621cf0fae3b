package io.stancegraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.stancegraph.actor.StatementsOfActorsChanged;

/**
 * Keeps the extractor's positions true to editors' corrections: a statement given to another speaker, re-tagged or
 * merged into another actor changes what the positions of those actors rest on, so they are assessed again, in the
 * editor's transaction. Editors' own positions are left as they are.
 */
@ApplicationScoped
class ExtractorPositionsOnCorrection {

    private final EntityManager em;

    ExtractorPositionsOnCorrection(EntityManager em) {
        this.em = em;
    }

    void reassess(@Observes StatementsOfActorsChanged change) {
        if (change.actorIds().isEmpty()) {
            return;
        }
        // The same lock as ingestion, so a concurrent ingestion never assesses the same pairs at the same time.
        IngestLock.acquire(em);
        PositionAssessmentWriter.reassessActors(em, change.actorIds());
    }
}
