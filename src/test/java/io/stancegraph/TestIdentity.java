package io.stancegraph;

import java.util.Set;

import io.restassured.builder.RequestSpecBuilder;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * Callers of the service under test: bearer tokens signed with the test identity provider's key (the service trusts
 * its public key and issuer in the test profile), as a newsroom's identity provider would issue them.
 */
public final class TestIdentity {

    public static final String ISSUER = "https://identity.test.stancegraph";

    private TestIdentity() {
    }

    /** A token for a user with the given name and roles. */
    public static String token(String name, String... roles) {
        return Jwt.issuer(ISSUER).upn(name).groups(Set.of(roles)).expiresIn(3600).sign();
    }

    /** The editor `test`, who also ingests: what the functional tests act as. */
    public static String editorToken() {
        return token("test", "editor", "ingest");
    }

    public static RequestSpecification editor() {
        return as(editorToken());
    }

    public static RequestSpecification as(String token) {
        // A script sets a header of its own, which shows it is no cross-site form post (see CsrfGuard).
        return new RequestSpecBuilder().addHeader("Authorization", "Bearer " + token).addHeader("X-Requested-With", "stancegraph-tests").build();
    }
}
