package io.stancegraph.article;

import java.util.function.LongSupplier;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Page;

@Type("ArticleConnection")
public class ArticleConnection extends NodeConnection<Article, ArticleEdge> {

    public ArticleConnection(Page<Article> page, LongSupplier total) {
        super(page, total, ArticleEdge::new);
    }
}
