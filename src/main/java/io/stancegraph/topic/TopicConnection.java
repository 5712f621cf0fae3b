package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("TopicConnection")
public class TopicConnection extends NodeConnection<Topic, TopicEdge> {

    public TopicConnection(PageRequest request, Listing<Topic> list) {
        super(request, list, TopicEdge::new);
    }
}
