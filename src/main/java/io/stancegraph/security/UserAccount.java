package io.stancegraph.security;

import jakarta.persistence.Entity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person who signs in with a name and a password (HTTP Basic); the password is kept as a bcrypt hash. */
@Entity
public class UserAccount extends Credential {

    @NotBlank
    @Size(max = 100)
    public String username;

    public String passwordHash;
}
