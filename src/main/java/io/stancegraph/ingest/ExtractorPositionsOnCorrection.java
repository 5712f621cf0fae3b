package io.stancegraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.stancegraph.actor.StatementsOfActorsChanged;
import io.stancegraph.position.PositionSettings;
import io.stancegraph.topic.TopicDefinitionChanged;

/**
 * Keeps the extractor's positions true to editors' corrections: a statement given to another speaker, re-tagged or
 * merged into another actor changes what the positions of those actors rest on, so they are assessed again, in the
 * editor's transaction. Editors' own positions are left as they are.
 */
@ApplicationScoped
class ExtractorPositionsOnCorrection {

    private final EntityManager em;
    private final PositionSettings settings;

    ExtractorPositionsOnCorrection(EntityManager em, PositionSettings settings) {
        this.em = em;
        this.settings = settings;
    }

    void reassess(@Observes StatementsOfActorsChanged change) {
        if (change.actorIds().isEmpty()) {
            return;
        }
        // The same lock as ingestion, so a concurrent ingestion never assesses the same pairs at the same time.
        IngestLock.acquire(em);
        PositionAssessmentWriter.reassessActors(em, settings, change.actorIds());
    }

    void reassess(@Observes TopicDefinitionChanged change) {
        IngestLock.acquire(em);
        PositionAssessmentWriter.reassessTopic(em, settings, change.topicId());
    }
}
