package io.stancegraph.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("ChangeConnection")
@Description("A page of the change log.")
public class ChangeConnection extends NodeConnection<Change, ChangeEdge> {

    public ChangeConnection(PageRequest request, Listing<Change> list) {
        super(request, list, ChangeEdge::new);
    }
}
