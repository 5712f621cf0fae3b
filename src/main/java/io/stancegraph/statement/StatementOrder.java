package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/** The orders a client may ask for; their SQL is {@link StatementSql#order}. */
@Enum("StatementOrder")
@Description("Order of a statement list.")
public enum StatementOrder {
    @Description("Latest first, by `datedOn`.") NEWEST_FIRST,
    @Description("Earliest first, by `datedOn`.") OLDEST_FIRST,
    @Description("As a reader meets them: by article, then position in the article.") READING_ORDER
}
