package io.stancegraph.actor;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorUpdate")
@Description("Changes to an actor; fields left out stay as they are.")
public record ActorUpdate(
        @Size(min = 1, max = 300) @Pattern(regexp = ".*\\S.*", message = "must not be blank") @Description("New canonical name; the old one is kept as an alias.") String name,
        @Description("New kind.") ActorKind kind,
        @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code such as GB") @Description("New country code.") String country,
        @Pattern(regexp = "Q[1-9][0-9]*", message = "must be a Wikidata item id such as Q42") @Description("New Wikidata item id.") String wikidataId) {
}
