package io.stancegraph.security;

import java.time.Instant;

import jakarta.persistence.Entity;

/**
 * A long random secret for scripts and services, sent as {@code Authorization: Bearer sg_…}. Only its SHA-256 hash is
 * kept: the token is high-entropy, so a fast hash is as safe as a slow one and keeps every request cheap.
 */
@Entity
public class ApiToken extends Credential {

    public String name;

    /** The identity the token acts as: the name that lands in the change log and on editors' positions. */
    public String owner;

    public String tokenHash;

    public Instant revokedAt;
}
