package io.stancegraph.security;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NewApiToken")
@Description("A token just made. The token itself is shown this once; only its hash is kept.")
public record NewApiToken(
        @NonNull @Id @Description("Id, to revoke the token by.") Long id,
        @NonNull @Description("What the token is for.") String name,
        @NonNull @Description("The identity the token acts as.") String owner,
        @NonNull @Description("Its roles.") List<@NonNull String> roles,
        @NonNull @Description("The token: send it as `Authorization: Bearer <token>`.") String token) {
}
