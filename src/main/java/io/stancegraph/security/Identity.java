package io.stancegraph.security;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Identity")
@Description("Who the service takes the caller to be.")
public record Identity(
        @NonNull @Description("Whether the request carried valid credentials.") boolean authenticated,
        @Description("The name the change log records; null when anonymous.") String name,
        @NonNull @Description("Roles held, including those implied (admin holds them all; editor and ingest may read).") List<@NonNull String> roles) {
}
