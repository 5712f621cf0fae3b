package io.stancegraph.topic;

import java.util.List;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("TopicUpdate")
@Description("Changes to a topic's definition; fields left out stay as they are, a list given replaces the old one.")
public record TopicUpdate(
        @Size(min = 1, max = 200) @Description("Short name.") String name,
        @Description("What the issue is about.") String description,
        @Description("Phrases that mark a statement as being about the topic; they tag articles ingested from now on.") List<String> keywords,
        @Description("What the supporting side claims.") List<String> proClaims,
        @Description("What the opposing side claims.") List<String> conClaims) {
}
