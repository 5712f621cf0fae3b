package io.stancegraph.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/** Users who sign in with HTTP Basic, checked against the bcrypt hashes in {@code user_account}. */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        return StoredSignIn.<UserAccount>signIn(context,
                () -> UserAccount.find("username", request.getUsername()).firstResult(),
                user -> BcryptUtil.matches(new String(request.getPassword().getPassword()), user.passwordHash),
                "wrong user name or password",
                user -> StoredSignIn.identity(user.username, user.roles).addCredential(request.getPassword()).build());
    }
}
