package io.stancegraph.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.hibernate.jpa.HibernateHints;

/** Shapes the rows of one batched query into the per-parent lists a batch resolver returns, in parent order. */
public final class Batches {

    private Batches() {
    }

    public static <P> List<Long> ids(Collection<P> parents, Function<P, Long> id) {
        return new ArrayList<>(parents.stream().map(id).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
    }

    /** The ids of stored records, each once, in order. */
    public static List<Long> ids(Collection<? extends StoredEntity> parents) {
        return ids(parents, parent -> parent.id);
    }

    /** Rows are (parent id, child) pairs. */
    public static <P, C> List<List<C>> group(List<P> parents, Function<P, Long> parentId, List<Object[]> rows) {
        Map<Long, List<C>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            @SuppressWarnings("unchecked")
            C child = (C) row[1];
            byParent.computeIfAbsent(((Number) row[0]).longValue(), key -> new ArrayList<>()).add(child);
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(parentId.apply(parent), List.of()));
        }
        return result;
    }

    /** Entities by id, read in one query; read-only, as they are only shown, which spares keeping their snapshots. */
    public static <T> Map<Long, T> load(EntityManager em, Class<T> type, List<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, T> byId = new HashMap<>();
        em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids).setHint(HibernateHints.HINT_READ_ONLY, true).getResultStream().forEach(entity -> byId.put(id.apply(entity), entity));
        return byId;
    }

    /**
     * Each parent's children, read in one query whose rows are (parent id, child) pairs and whose parameter {@code ids}
     * takes the parents' ids.
     */
    public static <P extends StoredEntity, C> List<List<C>> children(EntityManager em, String jpql, List<P> parents) {
        return children(em.createQuery(jpql, Object[].class), parents);
    }

    /**
     * Each parent's children, from a query whose rows are (parent id, child) pairs and whose other parameters are
     * bound; its parameter {@code ids} is bound here to the parents' ids.
     */
    public static <P extends StoredEntity, C> List<List<C>> children(TypedQuery<Object[]> query, List<P> parents) {
        return group(parents, parent -> parent.id, query.setParameter("ids", ids(parents)).getResultList());
    }

    /** For to-one links: each parent's child of this type, by the foreign key the parent holds, read in one query. */
    public static <P, C extends StoredEntity> List<C> linked(EntityManager em, Class<C> type, List<P> parents,
            Function<P, Long> foreignKey) {
        return pick(parents, foreignKey, load(em, type, ids(parents, foreignKey), child -> child.id));
    }

    /** For to-one links: each parent's child looked up by the foreign key the parent holds. */
    public static <P, C> List<C> pick(List<P> parents, Function<P, Long> foreignKey, Map<Long, C> childrenById) {
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long key = foreignKey.apply(parent);
            result.add(key == null ? null : childrenById.get(key));
        }
        return result;
    }
}
