package io.stancegraph.article;

import java.util.List;
import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.Connection;
import io.stancegraph.platform.Page;

@Type("ArticleConnection")
@Description("A page of articles.")
public class ArticleConnection extends Connection<Article> {

    public ArticleConnection(Page<Article> page, LongSupplier total) {
        super(page, total);
    }

    @NonNull
    @Description("The articles of this page, each with its cursor.")
    public List<@NonNull ArticleEdge> getEdges() {
        return page.edges(ArticleEdge::new);
    }

    @NonNull
    @Description("The articles of this page.")
    public List<@NonNull Article> getNodes() {
        return page.items();
    }

    @Type("ArticleEdge")
    @Description("An article and where it sits in the list.")
    public record ArticleEdge(
            @NonNull @Description("Pass as `after` to continue after this article.") String cursor,
            @NonNull @Description("The article.") Article node) {
    }
}
