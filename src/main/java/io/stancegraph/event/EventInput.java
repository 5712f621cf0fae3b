package io.stancegraph.event;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventInput")
@Description("An event to record, or the new state of one.")
public record EventInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Name, e.g. `Starmer–Macron phone call`.") String name,
        @NonNull @NotNull @Description("Kind of event.") EventKind kind,
        @Description("First day, to the given precision.") LocalDate startsOn,
        @Description("Last day, for events over several days.") LocalDate endsOn,
        @Description("How precisely the dates are known; DAY when a start is given and this is left out.") DatePrecision datePrecision,
        @Size(max = 300) @Description("Where it took place.") String location,
        @Id @Description("Actors who took part; left out, the participants stay as they are.") List<Long> participantIds) {
}
