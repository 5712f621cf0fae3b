package io.stancegraph.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("UserInput")
@Description("A person who signs in with a name and a password.")
public record UserInput(
        @NonNull @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be 1 to 100 letters, digits or . _ @ -") @Description("Sign-in name; it is also the name the change log records.") String username,
        @NonNull @NotBlank @Size(min = 12, max = 200, message = "must be 12 to 200 characters") @Description("Password, at least 12 characters; only its bcrypt hash is kept.") String password,
        @NonNull @NotEmpty @Description("Roles: reader, editor, ingest, admin.") List<@NonNull String> roles) {
}
