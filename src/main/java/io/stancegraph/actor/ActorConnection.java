package io.stancegraph.actor;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("ActorConnection")
@Description("A page of actors.")
public class ActorConnection extends Connection<Actor> {

    public ActorConnection(Page<Actor> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The actors of this page, each with its cursor.")
    public List<@NonNull ActorEdge> getEdges() {
        return page.edges(ActorEdge::new);
    }

    @NonNull
    @Description("The actors of this page.")
    public List<@NonNull Actor> getNodes() {
        return page.items();
    }

    @Type("ActorEdge")
    @Description("An actor and where it sits in the list.")
    public record ActorEdge(
            @NonNull @Description("Pass as `after` to continue after this actor.") String cursor,
            @NonNull @Description("The actor.") Actor node) {
    }
}
