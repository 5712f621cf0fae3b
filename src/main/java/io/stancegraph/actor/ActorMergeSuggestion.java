package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** Two actors whose names say they are probably one; nothing is merged until an editor calls mergeActors. */
@Type("ActorMergeSuggestion")
@Description("Two actors whose names say they are probably one person or organisation. Nothing is merged until an editor calls `mergeActors`.")
public record ActorMergeSuggestion(
        @NonNull @Description("The actor stored first.") Actor first, @NonNull @Description("The actor stored later.") Actor second,
        @NonNull @Description("Why the names look alike, e.g. `the surname spelt two ways`.") String reason, @NonNull @Description("How alike the names are, 0 to 1.") double score,
        @NonNull @Description("Whether the names alone are enough to tell (the extractor would have matched them had both been known at once); otherwise an editor should check.") boolean sameByName) {
}
