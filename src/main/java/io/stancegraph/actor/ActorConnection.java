package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("ActorConnection")
public class ActorConnection extends NodeConnection<Actor, ActorEdge> {

    public ActorConnection(PageRequest request, Listing<Actor> list) {
        super(request, list, ActorEdge::new);
    }
}
