package io.stancegraph.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Publication")
@Description("An outlet that published an article's text.")
public record Publication(
        @NonNull @Description("The outlet, as it was given when the text was ingested again.") String outlet,
        @Description("Its address of the text, when given.") String url,
        @NonNull @Description("The date it published the text.") LocalDate publishedOn) {
}
