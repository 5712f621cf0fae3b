package io.stancegraph.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.stancegraph.platform.StoredEntity;

/**
 * A long random secret for scripts and services, sent as {@code Authorization: Bearer sg_…}. Only its SHA-256 hash is
 * kept: the token is high-entropy, so a fast hash is as safe as a slow one and keeps every request cheap.
 */
@Entity
@Table(name = "api_token")
public class ApiToken extends StoredEntity {

    @Column(nullable = false)
    public String name;

    /** The identity the token acts as: the name that lands in the change log and on editors' positions. */
    @Column(nullable = false)
    public String owner;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(nullable = false)
    public String roles;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
