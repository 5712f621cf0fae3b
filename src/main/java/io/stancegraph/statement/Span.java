package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Span")
@Description("Character offsets [start, end) of a statement's text in its article's body.")
public record Span(
        @NonNull @Description("Offset of the first character.") int start,
        @NonNull @Description("Offset just past the last character.") int end) {
}
