package io.stancegraph.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.platform.Batches;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

/** Reads articles for the API: those matching a filter, the bodies of a batch in one query, and one article's summary. */
@ApplicationScoped
public class ArticleQueries {

    private final EntityManager em;

    public ArticleQueries(EntityManager em) {
        this.em = em;
    }

    /** An ingested article without its text, with the number of its statements. */
    public record ArticleView(long id, String key, String headline, String outlet, String url, LocalDate publishedOn,
            long statements) {
    }

    /** The article with this id, refused on the argument {@code id} when there is none. */
    @Transactional
    public ArticleView view(long id) {
        Article article = NotFoundException.unlessFound(em.find(Article.class, id), "Article", id, "id");
        long statements = em.createQuery("select count(s) from Statement s where s.articleId = :id", Long.class)
                .setParameter("id", id).getSingleResult();
        return new ArticleView(article.id, article.sourceKey, article.headline, article.outlet, article.url,
                article.publishedOn, statements);
    }

    /** The articles that meet the filter, by publication date. */
    public Listing<Article> list(ArticleFilter filter, boolean newestFirst) {
        String direction = newestFirst ? "desc" : "asc";
        Sql where = filter == null ? Sql.TRUE : new Conditions()
                .given(filter.outlet(), "lower(a.outlet) = lower(?)")
                .given(filter.from(), "a.publishedOn >= ?")
                .given(filter.to(), "a.publishedOn <= ?")
                .given(filter.speaker(), "exists (select 1 from Statement s join s.speakers sp where s.article = a and sp.id = ?)")
                .all();
        return new FilteredQuery<>(em, Article.class, "a", where, "a.publishedOn " + direction + ", a.id " + direction);
    }

    /** For each article, in order, the other outlets that published its text, earliest first. */
    @SuppressWarnings("unchecked")
    public List<List<Publication>> otherPublications(List<Article> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Publication>> byArticle = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("""
                select article_id, outlet, url, published_on from article_publication
                where article_id in (:ids) order by published_on, recorded_at, outlet""")
                .setParameter("ids", Batches.ids(articles)).getResultList();
        for (Object[] row : rows) {
            byArticle.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>()).add(new Publication(
                    (String) row[1], (String) row[2], LocalDate.parse(row[3].toString())));
        }
        return articles.stream().map(article -> byArticle.getOrDefault(article.id, List.of())).toList();
    }

    /** Each article's body, in the order of the articles. */
    public List<String> bodies(List<Article> articles) {
        Map<Long, String> bodies = Article.bodiesById(em, Batches.ids(articles));
        return articles.stream().map(article -> bodies.get(article.id)).toList();
    }
}
