package io.stancegraph.security;

import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * What the sign-ins checked against PostgreSQL (passwords, API tokens) share: the stored record is read off the
 * I/O thread in a transaction of its own, since sign-in runs before any resolver's transaction, and the identity
 * it proves carries the record's name and stored roles.
 */
final class StoredSignIn {

    private StoredSignIn() {
    }

    /**
     * The identity {@code identity} makes of the record {@code find} reads, when {@code proven} accepts it; refused
     * with {@code refusal} when there is no such record or it does not prove the request.
     */
    static <T> Uni<SecurityIdentity> signIn(AuthenticationRequestContext context, Supplier<T> find,
            Predicate<T> proven, String refusal, Function<T, SecurityIdentity> identity) {
        return context.runBlocking(() -> {
            T stored = QuarkusTransaction.requiringNew().call(find::get);
            if (stored == null || !proven.test(stored)) {
                throw new AuthenticationFailedException(refusal);
            }
            return identity.apply(stored);
        });
    }

    /** An identity named {@code name} with the roles stored as a comma-separated list. */
    static QuarkusSecurityIdentity.Builder identity(String name, String storedRoles) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(name))
                .addRoles(Roles.parse(storedRoles));
    }
}
