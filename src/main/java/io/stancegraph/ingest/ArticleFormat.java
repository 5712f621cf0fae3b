package io.stancegraph.ingest;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ArticleFormat")
@Description("How an article's text is given.")
public enum ArticleFormat {
    @Description("Plain text; paragraphs separated by blank lines.") TEXT,
    @Description("An HTML page; paragraphs are read from its markup, scripts, captions and share blurbs dropped.") HTML,
    @Description("A ` date YYYY-MM-DD` line with an outlet boilerplate paragraph, then the body (the sample corpus files).") SEED
}
