package io.stancegraph.platform.sql;

import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;

/**
 * The entities of one type that meet a condition (JPQL, its values bound where they stand): a page of them in a
 * given order, or how many there are. The count is a query of its own, run only when a client asks for it.
 */
public final class FilteredQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final String alias;
    private final Sql where;

    /** The entities of {@code type}, called {@code alias} in {@code where} and in the order of a page. */
    public FilteredQuery(EntityManager em, Class<T> type, String alias, Sql where) {
        this.em = em;
        this.type = type;
        this.alias = alias;
        this.where = where;
    }

    public Page<T> page(String orderBy, PageRequest page) {
        List<T> rows = query(Sql.of("select ", alias, from(), " order by ", orderBy), type)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1).getResultList();
        return Page.of(rows, page);
    }

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
