package io.stancegraph.position;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("PositionConnection")
@Description("A page of positions.")
public class PositionConnection extends Connection<Position> {

    public PositionConnection(Page<Position> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The positions of this page, each with its cursor.")
    public List<@NonNull PositionEdge> getEdges() {
        return page.edges(PositionEdge::new);
    }

    @NonNull
    @Description("The positions of this page.")
    public List<@NonNull Position> getNodes() {
        return page.items();
    }

    @Type("PositionEdge")
    @Description("A position and where it sits in the list.")
    public record PositionEdge(
            @NonNull @Description("Pass as `after` to continue after this position.") String cursor,
            @NonNull @Description("The position.") Position node) {
    }
}
