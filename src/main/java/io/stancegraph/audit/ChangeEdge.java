package io.stancegraph.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A change in a page, with the cursor that continues after it. */
@Type("ChangeEdge")
@Description("A change and where it sits in the log.")
public record ChangeEdge(@NonNull String cursor, @NonNull Change node) {
}
