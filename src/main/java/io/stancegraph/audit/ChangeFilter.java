package io.stancegraph.audit;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ChangeFilter")
@Description("Conditions on changes; all given conditions must hold.")
public record ChangeFilter(
        @Description("Kind of record, e.g. `Actor`.") String entityType,
        @Id @Description("The record's id (with entityType).") Long entityId,
        @Description("Who made the change.") String changedBy,
        @Description("The operation, e.g. `mergeActors`.") String operation) {
}
