package io.stancegraph.article;

import org.eclipse.microprofile.graphql.Type;

import io.stancegraph.platform.NodeConnection;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.PageRequest;

@Type("ArticleConnection")
public class ArticleConnection extends NodeConnection<Article, ArticleEdge> {

    public ArticleConnection(PageRequest request, Listing<Article> list) {
        super(request, list, ArticleEdge::new);
    }
}
