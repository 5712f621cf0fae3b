package io.stancegraph.event;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("EventConnection")
public class EventConnection extends NodeConnection<Event, EventEdge> {

    public EventConnection(Page<Event> page, LongSupplier total) {
        super(page, total, EventEdge::new);
    }
}
