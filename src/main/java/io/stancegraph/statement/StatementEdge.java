package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** A statement in a page, with the cursor that continues after it. */
@Type("StatementEdge")
public record StatementEdge(@NonNull String cursor, @NonNull Statement node) {
}
