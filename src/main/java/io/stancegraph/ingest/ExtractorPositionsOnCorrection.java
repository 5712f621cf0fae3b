package io.stancegraph.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import io.stancegraph.actor.StatementsOfActorsChanged;
import io.stancegraph.position.PositionService;
import io.stancegraph.position.PositionSettings;
import io.stancegraph.security.CurrentIdentity;
import io.stancegraph.topic.TopicDefinitionChanged;

/**
 * Keeps the extractor's positions true to editors' corrections: a statement given to another speaker, re-tagged or
 * merged into another actor changes what the positions of those actors rest on, so they are assessed again, in the
 * editor's transaction. First, positions citing a statement that is no longer their actor's own on their topic
 * lose it ({@link PositionService#dropEvidenceNotTheirs}); editors' own positions are otherwise left as they are.
 */
@ApplicationScoped
class ExtractorPositionsOnCorrection {

    private final EntityManager em;
    private final PositionSettings settings;
    private final PositionService positions;
    private final CurrentIdentity editor;

    ExtractorPositionsOnCorrection(EntityManager em, PositionSettings settings, PositionService positions,
            CurrentIdentity editor) {
        this.em = em;
        this.settings = settings;
        this.positions = positions;
        this.editor = editor;
    }

    void reassess(@Observes StatementsOfActorsChanged change) {
        if (change.actorIds().isEmpty()) {
            return;
        }
        // The same lock as ingestion, so a concurrent ingestion never assesses the same pairs at the same time.
        IngestLock.acquire(em);
        positions.dropEvidenceNotTheirs(change.actorIds(), editor.name());
        PositionAssessmentWriter.reassessActors(em, settings, change.actorIds());
    }

    void reassess(@Observes TopicDefinitionChanged change) {
        IngestLock.acquire(em);
        PositionAssessmentWriter.reassessTopic(em, settings, change.topicId());
    }
}
