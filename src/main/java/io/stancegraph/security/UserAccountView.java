package io.stancegraph.security;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserAccount")
@Description("A person who signs in with a name and a password.")
public record UserAccountView(
        @NonNull @Id @Description("Stable identifier.") Long id,
        @NonNull @Description("Sign-in name.") String username,
        @NonNull @Description("Roles.") List<@NonNull String> roles) {
}
