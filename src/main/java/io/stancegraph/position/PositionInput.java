package io.stancegraph.position;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PositionInput")
@Description("An assessment of an actor's stance on a topic from a date on; the assessor is the signed-in editor (`editor:<name>`).")
public record PositionInput(
        @NonNull @NotNull @Id @Description("The actor.") Long actorId,
        @NonNull @NotBlank @Description("Slug of the topic.") String topic,
        @NonNull @NotNull @Description("The stance.") Stance stance,
        @NonNull @NotNull @Description("From when the stance holds.") LocalDate validFrom,
        @NonNull @NotNull @DecimalMin("0.0") @DecimalMax("1.0") @Description("Confidence from 0 to 1.") Double confidence,
        @NonNull @NotNull @Id @Description("Statements that show the stance, at least one: the actor must be among their speakers, and each must be about the topic (among its `statements`; tag one with `tagStatementTopics`).") List<Long> evidenceStatementIds,
        @Description("Reasoning, briefly.") String note) {
}
