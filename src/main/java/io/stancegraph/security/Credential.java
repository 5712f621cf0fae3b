package io.stancegraph.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import io.stancegraph.platform.StoredEntity;

/** A stored way to sign in (a user's password, an API token): the roles it grants and when it was made. */
@MappedSuperclass
public abstract class Credential extends StoredEntity {

    /** Comma-separated, as {@link Roles#parse} reads them. */
    public String roles;

    @Column(insertable = false, updatable = false)
    public Instant createdAt;
}
