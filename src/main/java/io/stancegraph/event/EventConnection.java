package io.stancegraph.event;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("EventConnection")
public class EventConnection extends NodeConnection<Event, EventEdge> {

    public EventConnection(PageRequest request, Listing<Event> list) {
        super(request, list, EventEdge::new);
    }
}
