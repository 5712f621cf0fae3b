package io.stancegraph.position;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A position in a page, with the cursor that continues after it. */
@Type("PositionEdge")
public record PositionEdge(@NonNull String cursor, @NonNull Position node) {
}
