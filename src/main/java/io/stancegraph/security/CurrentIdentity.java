package io.stancegraph.security;

import java.util.TreeSet;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** Who is making the current request, as the change log and editors' positions record it. */
@RequestScoped
public class CurrentIdentity {

    /** The name recorded for work done by the service itself (start-up loading, the command line). */
    public static final String SYSTEM = "system";

    private final SecurityIdentity identity;

    public CurrentIdentity(SecurityIdentity identity) {
        this.identity = identity;
    }

    public String name() {
        return identity == null || identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    public String roles() {
        return identity == null || identity.isAnonymous() ? "" : String.join(",", new TreeSet<>(identity.getRoles()));
    }

    public boolean hasRole(String role) {
        return identity != null && identity.hasRole(role);
    }
}
