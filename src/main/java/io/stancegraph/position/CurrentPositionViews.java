package io.stancegraph.position;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.Immutable;

/**
 * The views that say which positions are current (migration V9), mapped by id only, so JPQL can ask whether a
 * position is among them. Each view exists as published (the default views) and with suggestions
 * ({@code includeSuggested}); rejected positions are in neither.
 */
public final class CurrentPositionViews {

    private CurrentPositionViews() {
    }

    /** The view of current positions, as a reader filtering by {@code assessor} (or not) means them. */
    public static String view(String assessor, boolean includeSuggested) {
        String view = assessor == null ? "current_position" : "latest_position_by_assessor";
        return includeSuggested ? view + "_with_suggestions" : view;
    }

    /** The entity mapping {@link #view}, for JPQL. */
    static String entity(String assessor, boolean includeSuggested) {
        String entity = assessor == null ? "CurrentPosition" : "LatestPositionByAssessor";
        return includeSuggested ? entity + "WithSuggestions" : entity;
    }

    @MappedSuperclass
    abstract static class Row {
        @Id
        public Long id;
    }

    /** Each actor's current published position on each topic: a confirmed one first, otherwise the latest. */
    @Entity(name = "CurrentPosition")
    @Immutable
    static class Current extends Row {
    }

    /** The same, counting suggestions that are not published. */
    @Entity(name = "CurrentPositionWithSuggestions")
    @Immutable
    static class CurrentWithSuggestions extends Row {
    }

    /** Each assessor's latest published position on each actor and topic. */
    @Entity(name = "LatestPositionByAssessor")
    @Immutable
    static class LatestByAssessor extends Row {
    }

    /** The same, counting suggestions that are not published. */
    @Entity(name = "LatestPositionByAssessorWithSuggestions")
    @Immutable
    static class LatestByAssessorWithSuggestions extends Row {
    }
}
