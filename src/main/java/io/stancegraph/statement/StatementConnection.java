package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("StatementConnection")
public class StatementConnection extends NodeConnection<Statement, StatementEdge> {

    public StatementConnection(PageRequest request, Listing<Statement> list) {
        super(request, list, StatementEdge::new);
    }
}
