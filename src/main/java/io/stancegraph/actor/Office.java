package io.stancegraph.actor;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Office")
@Description("A post an actor held over a period (a tenure), e.g. Foreign Secretary of the United Kingdom from 2024-07-05.")
public record Office(
        @NonNull @Description("The post, e.g. `Prime Minister of the United Kingdom`.") String post,
        @Description("The organisation the post belongs to, by name.") String organization,
        @Description("First day in office, when known.") LocalDate from,
        @Description("Last day in office; null while in office.") LocalDate to) {
}
