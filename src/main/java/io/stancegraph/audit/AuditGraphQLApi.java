package io.stancegraph.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.actor.Actor;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.security.Roles;
import io.stancegraph.statement.Statement;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class AuditGraphQLApi {

    private final EntityManager em;
    private final PageConfig pages;

    public AuditGraphQLApi(EntityManager em, PageConfig pages) {
        this.em = em;
        this.pages = pages;
    }

    @Query("changes")
    @RolesAllowed(Roles.ADMIN)
    @Description("The change log, latest first, a page at a time. Admins only.")
    public @NonNull ChangeConnection changes(
            @Description("Conditions the changes must meet.") ChangeFilter filter,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        PageRequest page = PageRequest.of(first, after, pages);
        ChangeFilter conditions = filter == null ? new ChangeFilter(null, null, null, null) : filter;
        TypedQuery<Change> query = em.createQuery("from Change c where " + where(conditions) + " order by c.id desc", Change.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        bind(query, conditions);
        Page<Change> changes = Page.of(query.getResultList(), page);
        return new ChangeConnection(changes, () -> {
            TypedQuery<Long> count = em.createQuery("select count(c) from Change c where " + where(conditions), Long.class);
            bind(count, conditions);
            return count.getSingleResult();
        });
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int changeTotal(@Source ChangeConnection connection) {
        return connection.count();
    }

    @Name("history")
    @Description("Every change made to the actor, oldest first: who, when, and the actor before and after.")
    public List<@NonNull List<@NonNull Change>> actorHistory(@Source List<Actor> actors) {
        return history("Actor", actors, Batches.ids(actors, actor -> actor.id), actor -> actor.id);
    }

    @Name("history")
    @Description("Every change made to the statement, oldest first: corrected speakers, events and topics, with who and when.")
    public List<@NonNull List<@NonNull Change>> statementHistory(@Source List<Statement> statements) {
        return history("Statement", statements, Batches.ids(statements, statement -> statement.id), statement -> statement.id);
    }

    private <P> List<List<Change>> history(String type, List<P> parents, List<Long> ids, java.util.function.Function<P, Long> id) {
        List<Change> changes = em.createQuery(
                "from Change c where c.entityType = :type and c.entityId in :ids order by c.id", Change.class)
                .setParameter("type", type).setParameter("ids", ids).getResultList();
        List<Object[]> rows = new ArrayList<>(changes.size());
        changes.forEach(change -> rows.add(new Object[] { change.entityId, change }));
        return Batches.group(parents, id, rows);
    }

    private static String where(ChangeFilter filter) {
        List<String> clauses = new ArrayList<>(List.of("true"));
        Map.of("entityType", filter.entityType() != null, "entityId", filter.entityId() != null,
                "changedBy", filter.changedBy() != null, "operation", filter.operation() != null)
                .forEach((field, given) -> {
                    if (given) {
                        clauses.add("c." + field + " = :" + field);
                    }
                });
        return String.join(" and ", clauses);
    }

    private static void bind(jakarta.persistence.Query query, ChangeFilter filter) {
        if (filter.entityType() != null) {
            query.setParameter("entityType", filter.entityType());
        }
        if (filter.entityId() != null) {
            query.setParameter("entityId", filter.entityId());
        }
        if (filter.changedBy() != null) {
            query.setParameter("changedBy", filter.changedBy());
        }
        if (filter.operation() != null) {
            query.setParameter("operation", filter.operation());
        }
    }
}
