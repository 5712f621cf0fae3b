package io.stancegraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Bearer tokens that start with {@code sg_} are API tokens kept in PostgreSQL; any other bearer token is left to the
 * JWT verifier (an identity provider's token). Runs before it, so an API token is never parsed as a JWT.
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (!ApiTokens.isApiToken(token)) {
            return Uni.createFrom().nullItem();
        }
        return StoredSignIn.<ApiToken>signIn(context,
                () -> ApiToken.find("tokenHash = ?1 and revokedAt is null", ApiTokens.hash(token)).firstResult(),
                stored -> true, "unknown or revoked API token",
                stored -> StoredSignIn.identity(stored.owner, stored.roles).addAttribute("api-token", stored.name).build());
    }
}
