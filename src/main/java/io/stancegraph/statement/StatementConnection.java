package io.stancegraph.statement;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("StatementConnection")
@Description("A page of statements.")
public class StatementConnection extends Connection<Statement> {

    public StatementConnection(Page<Statement> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The statements of this page, each with its cursor.")
    public List<@NonNull StatementEdge> getEdges() {
        return page.edges(StatementEdge::new);
    }

    @NonNull
    @Description("The statements of this page.")
    public List<@NonNull Statement> getNodes() {
        return page.items();
    }

    @Type("StatementEdge")
    @Description("A statement and where it sits in the list.")
    public record StatementEdge(
            @NonNull @Description("Pass as `after` to continue after this statement.") String cursor,
            @NonNull @Description("The statement.") Statement node) {
    }
}
