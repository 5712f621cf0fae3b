package io.stancegraph.event;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("EventConnection")
@Description("A page of events.")
public class EventConnection extends Connection<Event> {

    public EventConnection(Page<Event> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The events of this page, each with its cursor.")
    public List<@NonNull EventEdge> getEdges() {
        return page.edges(EventEdge::new);
    }

    @NonNull
    @Description("The events of this page.")
    public List<@NonNull Event> getNodes() {
        return page.items();
    }

    @Type("EventEdge")
    @Description("An event and where it sits in the list.")
    public record EventEdge(
            @NonNull @Description("Pass as `after` to continue after this event.") String cursor,
            @NonNull @Description("The event.") Event node) {
    }
}
