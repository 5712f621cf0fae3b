package io.stancegraph.article;

import java.util.List;

import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.TranslatedErrors;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class ArticleGraphQLApi {

    private final ArticleQueries queries;
    private final PageConfig pages;

    public ArticleGraphQLApi(ArticleQueries queries, PageConfig pages) {
        this.queries = queries;
        this.pages = pages;
    }

    @Query("article")
    @Description("An article by id.")
    public Article article(@NonNull @Id @Description("The article's id.") Long id) {
        return Article.findById(id);
    }

    @Query("articleByKey")
    @Description("An article by the key it was imported under, e.g. `004_29483c680d38bcb6`.")
    public Article articleByKey(@NonNull @Description("The import key.") String key) {
        return Article.findByKey(key);
    }

    @Query("articles")
    @Description("Articles matching a filter, latest first unless ordered otherwise, a page at a time.")
    public @NonNull ArticleConnection articles(
            @Description("Conditions the articles must meet.") ArticleFilter filter,
            @DefaultValue("true") @Description("Latest first when true, earliest first when false.") boolean newestFirst,
            @Description("Page size; at most the configured maximum (100 by default).") Integer first,
            @Description("Cursor after which the page starts.") String after) {
        return new ArticleConnection(PageRequest.of(first, after, pages), queries.list(filter, newestFirst));
    }

    @Name("body")
    @Description("Body text with boilerplate removed; paragraphs are separated by a blank line. Statement spans index into it.")
    public List<@NonNull String> body(@Source List<Article> articles) {
        return queries.bodies(articles);
    }

    @Name("paragraphs")
    @Description("The body's paragraphs, in order; statement `paragraph` numbers index this list.")
    public List<@NonNull List<@NonNull String>> paragraphs(@Source List<Article> articles) {
        return queries.bodies(articles).stream().map(body -> List.of(Article.paragraphsOf(body))).toList();
    }

    @Name("otherPublications")
    @Description("Other outlets that published the same text (wire copy, syndication), earliest first. The text and its statements are stored once, under the first outlet ingested; ingesting it again from another outlet adds that outlet here.")
    public List<@NonNull List<@NonNull Publication>> otherPublications(@Source List<Article> articles) {
        return queries.otherPublications(articles);
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int articleTotal(@Source ArticleConnection connection) {
        return connection.count();
    }
}
