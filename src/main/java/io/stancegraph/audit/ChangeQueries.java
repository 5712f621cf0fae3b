package io.stancegraph.audit;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.stancegraph.platform.Batches;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

/** Reads the change log: the changes matching a filter, and the history of each record of a batch. */
@ApplicationScoped
public class ChangeQueries {

    private final EntityManager em;

    public ChangeQueries(EntityManager em) {
        this.em = em;
    }

    /** The changes that meet the filter, latest first. */
    public Listing<Change> list(ChangeFilter filter) {
        Sql where = filter == null ? Sql.TRUE : new Conditions()
                .given(filter.entityType(), "c.entityType = ?")
                .given(filter.entityId(), "c.entityId = ?")
                .given(filter.changedBy(), "c.changedBy = ?")
                .given(filter.operation(), "c.operation = ?")
                .all();
        return new FilteredQuery<>(em, Change.class, "c", where, "c.id desc");
    }

    /** The changes made to each record, oldest first; {@code type} names the records' entity. */
    public <P extends StoredEntity> List<List<Change>> history(String type, List<P> records) {
        return Batches.children(em.createQuery(
                "select c.entityId, c from Change c where c.entityType = :type and c.entityId in :ids order by c.id",
                Object[].class).setParameter("type", type), records);
    }
}
