package io.stancegraph.position;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PositionCorrection")
@Description("The stance an editor reads in a suggestion's evidence instead of the suggested one.")
public record PositionCorrection(
        @NonNull @NotNull @Description("The right stance.") Stance stance,
        @Description("From when it holds; the suggestion's date when left out.") LocalDate validFrom,
        @DecimalMin("0.0") @DecimalMax("1.0") @Description("Confidence from 0 to 1; 1 when left out.") Double confidence,
        @Description("Reasoning, briefly.") String note) {
}
