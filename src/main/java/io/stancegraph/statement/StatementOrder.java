package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementOrder")
@Description("Order of a statement list.")
public enum StatementOrder {
    @Description("Latest first, by `datedOn`.") NEWEST_FIRST("s.dated_on desc, s.id desc"),
    @Description("Earliest first, by `datedOn`.") OLDEST_FIRST("s.dated_on asc, s.id asc"),
    @Description("As a reader meets them: by article, then position in the article.") READING_ORDER(
            "s.article_id asc, s.span_start asc, s.id asc");

    final String sql;

    StatementOrder(String sql) {
        this.sql = sql;
    }

    public String sql() {
        return sql;
    }
}
