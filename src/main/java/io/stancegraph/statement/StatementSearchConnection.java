package io.stancegraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("StatementSearchConnection")
@Description("A page of full-text search results, best match first.")
public class StatementSearchConnection extends Connection<StatementSearchConnection.StatementSearchEdge> {

    public StatementSearchConnection(PageRequest request, Listing<StatementSearchEdge> list) {
        super(request, list);
    }

    @NonNull
    @Description("The matching statements of this page, each with its rank and cursor.")
    public List<@NonNull StatementSearchEdge> getEdges() {
        return page.edges((cursor, edge) -> new StatementSearchEdge(cursor, edge.node(), edge.rank()));
    }

    @Type("StatementSearchEdge")
    @Description("A statement that matched a search.")
    public record StatementSearchEdge(
            @NonNull @Description("Pass as `after` to continue after this result.") String cursor,
            @NonNull @Description("The statement.") Statement node,
            @NonNull @Description("Relevance (PostgreSQL ts_rank: how often and how close together the words occur); higher is better.") double rank) {

        /** A match whose cursor is given once its place in the page is known. */
        static StatementSearchEdge match(Statement node, double rank) {
            return new StatementSearchEdge(null, node, rank);
        }
    }
}
