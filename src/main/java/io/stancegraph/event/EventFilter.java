package io.stancegraph.event;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EventFilter")
@Description("Narrows a list of events; all given conditions must hold.")
public record EventFilter(
        @Description("Name contains this text (case-insensitive).") String nameContains,
        @Description("Only events of this kind.") EventKind kind,
        @Description("Only events still running on or after this day: ending then or later (starting, for one-day events).") LocalDate from,
        @Description("Only events that have started by this day. With `from`, the events whose days overlap the range.") LocalDate to,
        @Id @Description("Only events this actor took part in.") Long participant) {
}
