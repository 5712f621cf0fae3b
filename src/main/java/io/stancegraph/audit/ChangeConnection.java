package io.stancegraph.audit;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("ChangeConnection")
@Description("A page of the change log.")
public class ChangeConnection extends NodeConnection<Change, ChangeEdge> {

    public ChangeConnection(Page<Change> page, LongSupplier total) {
        super(page, total, ChangeEdge::new);
    }
}
