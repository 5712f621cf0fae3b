package io.stancegraph.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.actor.Actor;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.security.Roles;
import io.stancegraph.statement.Statement;
import io.stancegraph.platform.TranslatedErrors;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

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
        FilteredQuery<Change> matching = new FilteredQuery<>(em, Change.class, "c", where(filter));
        return new ChangeConnection(matching.page("c.id desc", page), matching::count);
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int changeTotal(@Source ChangeConnection connection) {
        return connection.count();
    }

    @Name("history")
    @Description("Every change made to the actor, oldest first: who, when, and the actor before and after.")
    public List<@NonNull List<@NonNull Change>> actorHistory(@Source List<Actor> actors) {
        return history("Actor", actors);
    }

    @Name("history")
    @Description("Every change made to the statement, oldest first: corrected speakers, events and topics, with who and when.")
    public List<@NonNull List<@NonNull Change>> statementHistory(@Source List<Statement> statements) {
        return history("Statement", statements);
    }

    private <P extends StoredEntity> List<List<Change>> history(String type, List<P> parents) {
        return Batches.children(em.createQuery(
                "select c.entityId, c from Change c where c.entityType = :type and c.entityId in :ids order by c.id",
                Object[].class).setParameter("type", type), parents);
    }

    private static Sql where(ChangeFilter filter) {
        if (filter == null) {
            return Sql.TRUE;
        }
        return new Conditions()
                .given(filter.entityType(), "c.entityType = ?")
                .given(filter.entityId(), "c.entityId = ?")
                .given(filter.changedBy(), "c.changedBy = ?")
                .given(filter.operation(), "c.operation = ?")
                .all();
    }
}
