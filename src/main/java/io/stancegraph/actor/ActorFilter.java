package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("ActorFilter")
@Description("Narrows a list of actors; all given conditions must hold.")
public record ActorFilter(
        @Description("Canonical name or an alias contains this text (case-insensitive).") String nameContains,
        @Description("Only actors of this kind.") ActorKind kind,
        @Description("Only actors of this country (ISO 3166-1 alpha-2).") String country) {
}
