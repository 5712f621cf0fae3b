package io.stancegraph.security;

import java.util.List;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import io.quarkus.security.identity.SecurityIdentity;
import io.stancegraph.platform.Audited;
import io.stancegraph.platform.InputValidator;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
public class AccountGraphQLApi {

    private final AccountService accounts;
    private final InputValidator validator;
    private final SecurityIdentity identity;

    public AccountGraphQLApi(AccountService accounts, InputValidator validator, SecurityIdentity identity) {
        this.accounts = accounts;
        this.validator = validator;
        this.identity = identity;
    }

    @Query("me")
    @Description("Who the service takes the caller to be: a quick check of a token or a sign-in.")
    public @NonNull Identity me() {
        if (identity.isAnonymous()) {
            return new Identity(false, null, List.of());
        }
        return new Identity(true, identity.getPrincipal().getName(), List.copyOf(new TreeSet<>(identity.getRoles())));
    }

    @Mutation("createUser")
    @RolesAllowed(Roles.ADMIN)
    @Audited
    @Description("Makes a user who signs in with a name and a password (HTTP Basic). Admins only.")
    public @NonNull UserAccountView createUser(@NonNull @Description("The user.") UserInput input) {
        return accounts.createUser(validator.check(input, "input"));
    }

    @Mutation("createApiToken")
    @RolesAllowed(Roles.ADMIN)
    @Audited
    @Description("Makes an API token for a script or a service and shows it this once. Admins only.")
    public @NonNull NewApiToken createApiToken(@NonNull @Description("The token's name, owner and roles.") ApiTokenInput input) {
        return accounts.createToken(validator.check(input, "input"));
    }

    @Mutation("revokeApiToken")
    @RolesAllowed(Roles.ADMIN)
    @Audited
    @Description("Revokes an API token: requests that carry it are refused from now on. Admins only.")
    public boolean revokeApiToken(@NonNull @Id @Description("The token's id.") Long id) {
        return accounts.revokeToken(id);
    }
}
