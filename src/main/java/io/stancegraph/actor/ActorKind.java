package io.stancegraph.actor;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ActorKind")
@Description("What kind of source an actor is.")
public enum ActorKind {
    @Description("A named individual.")
    PERSON,
    @Description("An institution, office, party, company or alliance, e.g. Downing Street, Nato.")
    ORGANIZATION,
    @Description("A national or regional government as a whole.")
    GOVERNMENT,
    @Description("A country speaking or acting as a state.")
    COUNTRY,
    @Description("A collective or vague source, kept only when no member is named, e.g. European capitals.")
    GROUP
}
