package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ActorOrder")
@Description("Order of an actor list.")
public enum ActorOrder {
    @Description("Alphabetical by canonical name.") NAME,
    @Description("Most statements first.") MOST_QUOTED
}
