package io.stancegraph.topic;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TopicInput")
@Description("A new topic.")
public record TopicInput(
        @NonNull @NotBlank @Size(max = 80) @Pattern(regexp = Topic.SLUG_PATTERN, message = "must be lower-case words joined by hyphens, e.g. ukraine-nato-membership") @Description("URL-safe key.") String slug,
        @NonNull @NotBlank @Size(max = 200) @Description("Short name.") String name,
        @Description("What the issue is about.") String description,
        @Description("Phrases that mark a statement as being about the topic, e.g. `security guarantee`.") List<String> keywords,
        @Description("What the supporting side claims, e.g. `Ukraine should cede land for peace`.") List<String> proClaims,
        @Description("What the opposing side claims, e.g. `borders must not be changed by force`.") List<String> conClaims) {
}
