package io.stancegraph.audit;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.actor.Actor;
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

    private final ChangeQueries queries;
    private final PageConfig pages;

    public AuditGraphQLApi(ChangeQueries queries, PageConfig pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @Query("changes")
    @RolesAllowed(Roles.ADMIN)
    @Description("The change log, latest first, a page at a time. Admins only.")
    public @NonNull ChangeConnection changes(
            @Description("Conditions the changes must meet.") ChangeFilter filter,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new ChangeConnection(PageRequest.of(first, after, pages), queries.list(filter));
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int changeTotal(@Source ChangeConnection connection) {
        return connection.count();
    }

    @Name("history")
    @Description("Every change made to the actor, oldest first: who, when, and the actor before and after.")
    public List<@NonNull List<@NonNull Change>> actorHistory(@Source List<Actor> actors) {
        return queries.history("Actor", actors);
    }

    @Name("history")
    @Description("Every change made to the statement, oldest first: corrected speakers, events and topics, with who and when.")
    public List<@NonNull List<@NonNull Change>> statementHistory(@Source List<Statement> statements) {
        return queries.history("Statement", statements);
    }
}
