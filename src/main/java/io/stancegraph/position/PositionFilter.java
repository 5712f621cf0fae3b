package io.stancegraph.position;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PositionFilter")
@Description("Narrows a list of positions; all given conditions must hold.")
public record PositionFilter(
        @Id @Description("Only this actor's positions.") Long actor,
        @Description("Only positions on the topic with this slug.") String topic,
        @Description("Only positions with this stance.") Stance stance,
        @DefaultValue("false") @Description("Only the current position of each actor on each topic, when true: a confirmed one taking precedence over suggestions, otherwise the latest; with `assessor`, that assessor's latest.") Boolean currentOnly,
        @Description("Only positions by this assessor: `extractor`, or `editor:<name>`.") String assessor,
        @DefaultValue("false") @Description("Also the extractor's suggestions that are not published, when true (they are marked `reviewState: SUGGESTED, published: false`). Rejected positions appear only when asked for with `reviewState: REJECTED`.") Boolean includeSuggested,
        @Description("Only positions in this review state; `REJECTED` lists what editors rejected.") ReviewState reviewState) {

    /** Whether unpublished suggestions are wanted. */
    boolean withSuggestions() {
        return Boolean.TRUE.equals(includeSuggested);
    }
}
