package io.stancegraph.topic;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("TopicConnection")
@Description("A page of topics.")
public class TopicConnection extends Connection<Topic> {

    public TopicConnection(Page<Topic> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The topics of this page, each with its cursor.")
    public List<@NonNull TopicEdge> getEdges() {
        return page.edges(TopicEdge::new);
    }

    @NonNull
    @Description("The topics of this page.")
    public List<@NonNull Topic> getNodes() {
        return page.items();
    }

    @Type("TopicEdge")
    @Description("A topic and where it sits in the list.")
    public record TopicEdge(
            @NonNull @Description("Pass as `after` to continue after this topic.") String cursor,
            @NonNull @Description("The topic.") Topic node) {
    }
}
