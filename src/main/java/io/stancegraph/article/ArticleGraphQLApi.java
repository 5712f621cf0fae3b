package io.stancegraph.article;

import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import jakarta.transaction.Transactional;

import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import io.stancegraph.platform.Batches;
import io.stancegraph.platform.PageConfig;
import io.stancegraph.platform.ReadOnlyQueries;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.TranslatedErrors;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

@GraphQLApi
@TranslatedErrors
@Transactional
@ReadOnlyQueries
public class ArticleGraphQLApi {

    private final PageConfig pages;
    private final EntityManager em;

    public ArticleGraphQLApi(PageConfig pages, EntityManager em) {
        this.pages = pages;
        this.em = em;
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
        PageRequest page = PageRequest.of(first, after, pages);
        String direction = newestFirst ? "desc" : "asc";
        FilteredQuery<Article> matching = new FilteredQuery<>(em, Article.class, "a", where(filter));
        return new ArticleConnection(matching.page("a.publishedOn " + direction + ", a.id " + direction, page),
                matching::count);
    }

    @Name("body")
    @Description("Body text with boilerplate removed; paragraphs are separated by a blank line. Statement spans index into it.")
    public List<@NonNull String> body(@Source List<Article> articles) {
        Map<Long, String> bodies = bodies(articles);
        return articles.stream().map(article -> bodies.get(article.id)).toList();
    }

    @Name("paragraphs")
    @Description("The body's paragraphs, in order; statement `paragraph` numbers index this list.")
    public List<@NonNull List<@NonNull String>> paragraphs(@Source List<Article> articles) {
        Map<Long, String> bodies = bodies(articles);
        return articles.stream().map(article -> List.of(Article.paragraphsOf(bodies.get(article.id)))).toList();
    }

    private Map<Long, String> bodies(List<Article> articles) {
        return Article.bodiesById(em, Batches.ids(articles));
    }

    private static Sql where(ArticleFilter filter) {
        if (filter == null) {
            return Sql.TRUE;
        }
        return new Conditions()
                .given(filter.outlet(), "lower(a.outlet) = lower(?)")
                .given(filter.from(), "a.publishedOn >= ?")
                .given(filter.to(), "a.publishedOn <= ?")
                .given(filter.speaker(), "exists (select 1 from Statement s join s.speakers sp where s.article = a and sp.id = ?)")
                .all();
    }

    @Name("totalCount")
    @Description("Number of items in the whole list, across pages.")
    public int articleTotal(@Source ArticleConnection connection) {
        return connection.count();
    }
}
