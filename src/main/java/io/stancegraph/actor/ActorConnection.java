package io.stancegraph.actor;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("ActorConnection")
public class ActorConnection extends NodeConnection<Actor, ActorEdge> {

    public ActorConnection(Page<Actor> page, LongSupplier total) {
        super(page, total, ActorEdge::new);
    }
}
