package io.stancegraph.position;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("Stance")
@Description("Where an actor stands on a topic.")
public enum Stance {
    @Description("In favour.") SUPPORTS,
    @Description("Against.") OPPOSES,
    @Description("Both for and against, or conditional.") MIXED,
    @Description("Takes no side.") NEUTRAL
}
