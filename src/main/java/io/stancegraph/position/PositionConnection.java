package io.stancegraph.position;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("PositionConnection")
public class PositionConnection extends NodeConnection<Position, PositionEdge> {

    public PositionConnection(Page<Position> page, LongSupplier total) {
        super(page, total, PositionEdge::new);
    }
}
