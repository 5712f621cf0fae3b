package io.stancegraph.actor;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OfficeInput")
@Description("A period in which an actor holds a post: a new one, or the end of one on record.")
public record OfficeInput(
        @NonNull @NotNull @Id @Description("The actor.") Long actorId,
        @NonNull @NotBlank @Size(max = 200) @Description("The post, e.g. `Foreign Secretary of the United Kingdom`: one `offices` lists (case-insensitive), or a new one.") String post,
        @Description("First day in office. With no `from`, the actor's one period in the post is meant, or a new one whose start is not known.") LocalDate from,
        @Description("Last day in office; left out, the period is open (in office).") LocalDate to) {
}
