package io.stancegraph.platform.sql;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.stancegraph.platform.Listing;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;

/**
 * The entities of one type that meet a condition (JPQL, its values bound where they stand), in a given order: a page
 * of them, or how many there are. The count is a query of its own, run only when a client asks for it.
 */
public final class FilteredQuery<T> implements Listing<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final Sql where;
    private final String orderBy;

    /** The entities of {@code type}, called {@code alias} in {@code where} and in {@code orderBy}. */
    public FilteredQuery(EntityManager em, Class<T> type, String alias, Sql where, String orderBy) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.where = where;
        this.orderBy = orderBy;
    }

    @Override
    public Page<T> page(PageRequest page) {
        List<T> rows = query(Sql.of("select ", alias, from(), " order by ", orderBy), type)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page);
    }

    @Override
    public long count() {
        return query(Sql.of("select count(", alias, ")", from()), Long.class).getSingleResult();
    }

    private Sql from() {
        return Sql.of(" from ", type.getSimpleName(), " ", alias, " where ", where);
    }

    private <R> TypedQuery<R> query(Sql jpql, Class<R> result) {
        Sql.Rendered rendered = jpql.jpa();
        return rendered.bind(em.createQuery(rendered.text(), result));
    }
}
