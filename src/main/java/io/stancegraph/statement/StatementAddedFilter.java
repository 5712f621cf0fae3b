package io.stancegraph.statement;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StatementAddedFilter")
@Description("Which new statements a subscriber hears of; all given conditions must hold.")
public record StatementAddedFilter(
        @Id @Description("Only statements with this actor among the speakers.") Long speaker,
        @Description("Only statements about the topic with this slug.") String topic,
        @Description("Only statements of these kinds.") List<StatementKind> kinds) {

    StatementFilter conditions() {
        return new StatementFilter(speaker, null, topic, kinds, null, null, null, null, null, null);
    }
}
