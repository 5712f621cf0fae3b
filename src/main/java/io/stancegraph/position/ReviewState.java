package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ReviewState")
@Description("Whether an editor has reviewed a position.")
public enum ReviewState {
    @Description("Worked out by the extractor and not yet reviewed: shown by default only when its calibrated confidence reaches the publishing threshold, and always marked as a suggestion.") SUGGESTED,
    @Description("Confirmed by an editor, or recorded by one.") CONFIRMED,
    @Description("Rejected by an editor: never shown in the default views, and not suggested again on the same evidence.") REJECTED
}
