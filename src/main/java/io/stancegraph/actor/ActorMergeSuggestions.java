package io.stancegraph.actor;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.PageInfo;

/** A page of merge suggestions; each page reads a bounded number of candidate pairs. */
@Type("ActorMergeSuggestions")
@Description("A page of merge suggestions. A page reads a bounded number of candidate pairs, so it may hold fewer than `first` suggestions while `pageInfo.hasNextPage` is true. A page without suggestions has no cursors, unless more pairs remain than one page reads (then `endCursor` is where to go on).")
public record ActorMergeSuggestions(
        @NonNull @Description("The suggestions of this page, by the pair's ids.") List<@NonNull ActorMergeSuggestion> nodes,
        @NonNull @Description("Where the page sits; pass `endCursor` as `after` for the next.") PageInfo pageInfo) {
}
