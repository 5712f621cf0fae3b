package io.stancegraph.statement;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("StatementConnection")
public class StatementConnection extends NodeConnection<Statement, StatementEdge> {

    public StatementConnection(Page<Statement> page, LongSupplier total) {
        super(page, total, StatementEdge::new);
    }
}
