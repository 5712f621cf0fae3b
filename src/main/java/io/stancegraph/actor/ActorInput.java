package io.stancegraph.actor;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorInput")
@Description("A new actor.")
public record ActorInput(
        @NonNull @NotBlank @Size(max = 300) @Description("Canonical name without honorifics, e.g. `Keir Starmer`.") String name,
        @NonNull @NotNull @Description("Kind of actor.") ActorKind kind,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") @Description("ISO 3166-1 alpha-2 country code.") String country,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") @Description("Wikidata item id.") String wikidataId,
        @Description("Other names the actor goes by.") List<String> aliases) {
}
