package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An actor in a page, with the cursor that continues after it. */
@Type("ActorEdge")
public record ActorEdge(@NonNull String cursor, @NonNull Actor node) {
}
