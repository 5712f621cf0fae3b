package io.stancegraph.topic;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A topic in a page, with the cursor that continues after it. */
@Type("TopicEdge")
public record TopicEdge(@NonNull String cursor, @NonNull Topic node) {
}
