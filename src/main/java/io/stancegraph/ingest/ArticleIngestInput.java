package io.stancegraph.ingest;

import java.time.LocalDate;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ArticleIngestInput")
@Description("An article to store and extract statements from.")
public record ArticleIngestInput(
        @NonNull @Description("The article: plain text, HTML or the seed format, as `format` says.") String text,
        @DefaultValue("TEXT") @Description("How `text` is given.") ArticleFormat format,
        @Description("Publication date; required unless the seed line or the HTML metadata gives it.") LocalDate publishedOn,
        @Description("Publication; required unless the HTML metadata gives it.") String outlet,
        @Description("Address of the article.") String url,
        @Description("Headline.") String headline,
        @Description("A key to find the article by, e.g. a file name.") String key,
        @DefaultValue("false") @Description("Extract again when the same text is already stored (editors' statements are kept).") Boolean extractAgain) {
}
