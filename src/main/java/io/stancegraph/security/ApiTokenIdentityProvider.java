package io.stancegraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
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
        return context.runBlocking(() -> {
            ApiToken stored = QuarkusTransaction.requiringNew().call(() -> ApiToken
                    .<ApiToken>find("tokenHash = ?1 and revokedAt is null", ApiTokens.hash(token)).firstResult());
            if (stored == null) {
                throw new AuthenticationFailedException("unknown or revoked API token");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(stored.owner))
                    .addRoles(Roles.parse(stored.roles))
                    .addAttribute("api-token", stored.name)
                    .build();
        });
    }
}
