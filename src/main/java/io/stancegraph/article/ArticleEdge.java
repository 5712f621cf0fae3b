package io.stancegraph.article;

import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** An article in a page, with the cursor that continues after it. */
@Type("ArticleEdge")
public record ArticleEdge(@NonNull String cursor, @NonNull Article node) {
}
