package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("PositionConnection")
public class PositionConnection extends NodeConnection<Position, PositionEdge> {

    public PositionConnection(PageRequest request, Listing<Position> list) {
        super(request, list, PositionEdge::new);
    }
}
