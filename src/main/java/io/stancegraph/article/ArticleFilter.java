package io.stancegraph.article;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ArticleFilter")
@Description("Narrows a list of articles; all given conditions must hold.")
public record ArticleFilter(
        @Description("Only articles from this outlet (case-insensitive).") String outlet,
        @Description("Only articles published on or after this day.") LocalDate from,
        @Description("Only articles published on or before this day.") LocalDate to,
        @Id @Description("Only articles that report a statement by this actor.") Long speaker) {
}
