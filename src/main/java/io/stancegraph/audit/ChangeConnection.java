package io.stancegraph.audit;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("ChangeConnection")
@Description("A page of the change log.")
public class ChangeConnection extends Connection<Change> {

    public ChangeConnection(Page<Change> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The changes of this page, each with its cursor.")
    public List<@NonNull ChangeEdge> getEdges() {
        return page.edges(ChangeEdge::new);
    }

    @NonNull
    @Description("The changes of this page.")
    public List<@NonNull Change> getNodes() {
        return page.items();
    }

    @Type("ChangeEdge")
    @Description("A change and where it sits in the log.")
    public record ChangeEdge(
            @NonNull @Description("Pass as `after` to continue after this change.") String cursor,
            @NonNull @Description("The change.") Change node) {
    }
}
