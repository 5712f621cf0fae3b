package io.stancegraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SpeakerCorrection")
@Description("The actors who really made a statement.")
public record SpeakerCorrection(
        @NonNull @Id @Description("The statement.") Long statementId,
        @NonNull @Id @Description("The actors who made the statement, at least one.") List<Long> speakerIds,
        @Description("How the article describes the speakers, e.g. `President of Ukraine`. Left out, the statement "
                + "keeps its role only when its speakers stay the same: a role that described other speakers is cleared.")
        String speakerRole) {
}
