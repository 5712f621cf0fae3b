package io.stancegraph.security;

import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Widens each identity's roles the same way wherever it came from (an identity provider's token, a user, an API
 * token): {@code admin} holds every role, {@code editor} and {@code ingest} may also read.
 */
@ApplicationScoped
public class RoleHierarchyAugmentor implements SecurityIdentityAugmentor {

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        Set<String> implied = new HashSet<>();
        if (identity.hasRole(Roles.ADMIN)) {
            implied.addAll(Set.of(Roles.EDITOR, Roles.INGEST, Roles.READER));
        }
        if (identity.hasRole(Roles.EDITOR) || identity.hasRole(Roles.INGEST)) {
            implied.add(Roles.READER);
        }
        implied.removeAll(identity.getRoles());
        if (implied.isEmpty()) {
            return Uni.createFrom().item(identity);
        }
        return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(implied).build());
    }
}
