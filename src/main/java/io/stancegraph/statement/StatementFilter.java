package io.stancegraph.statement;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementFilter")
@Description("Narrows a list of statements; all given conditions must hold.")
public record StatementFilter(
        @Id @Description("Only statements with this actor among the speakers.") Long speaker,
        @Description("Only statements by the actor with this canonical name or alias.") String speakerName,
        @Description("Only statements about the topic with this slug.") String topic,
        @Description("Only statements of these kinds.") List<StatementKind> kinds,
        @Description("Only statements dated on or after this day.") LocalDate from,
        @Description("Only statements dated on or before this day.") LocalDate to,
        @Id @Description("Only statements made at this event.") Long event,
        @Id @Description("Only statements reported by this article.") Long article,
        @Description("Only statements reported by this outlet (case-insensitive), e.g. `The Independent`.") String outlet,
        @Description("`true`: only statements whose speakers are doubtful (`speakerDoubtful`), for editors to review "
                + "first; `false`: only those that are not.") Boolean speakerDoubtful) {

    public static final StatementFilter NONE = new StatementFilter(null, null, null, null, null, null, null, null, null, null);

    public static StatementFilter orNone(StatementFilter filter) {
        return filter == null ? NONE : filter;
    }

    /** The same conditions but the speaker id, for queries that select by speaker themselves. */
    public StatementFilter withoutSpeaker() {
        return new StatementFilter(null, speakerName, topic, kinds, from, to, event, article, outlet, speakerDoubtful);
    }
}
