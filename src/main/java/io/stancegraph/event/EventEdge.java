package io.stancegraph.event;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An event in a page, with the cursor that continues after it. */
@Type("EventEdge")
public record EventEdge(@NonNull String cursor, @NonNull Event node) {
}
