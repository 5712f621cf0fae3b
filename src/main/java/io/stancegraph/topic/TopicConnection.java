package io.stancegraph.topic;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("TopicConnection")
public class TopicConnection extends NodeConnection<Topic, TopicEdge> {

    public TopicConnection(Page<Topic> page, LongSupplier total) {
        super(page, total, TopicEdge::new);
    }
}
