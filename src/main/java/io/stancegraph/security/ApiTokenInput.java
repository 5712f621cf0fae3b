package io.stancegraph.security;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ApiTokenInput")
@Description("A token for a script or a service, e.g. a newsroom's article feed.")
public record ApiTokenInput(
        @NonNull @NotBlank @Size(max = 100) @Description("What the token is for, e.g. `wire feed`.") String name,
        @Pattern(regexp = "[A-Za-z0-9._@-]{1,100}", message = "must be 1 to 100 letters, digits or . _ @ -") @Description("The identity the token acts as, recorded in the change log; the token's name when absent.") String owner,
        @NonNull @NotEmpty @Description("Roles: reader, editor, ingest, admin.") List<@NonNull String> roles) {
}
