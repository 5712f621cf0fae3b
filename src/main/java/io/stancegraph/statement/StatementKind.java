package io.stancegraph.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("StatementKind")
@Description("How the article reports what was said.")
public enum StatementKind {
    @Description("A verbatim quotation of at least one clause, in quotation marks.") DIRECT,
    @Description("A quoted fragment inside the reporter's own sentence, e.g. called him a “dictator”.") PARTIAL,
    @Description("Reported speech without quotation marks; the text is the reported clause.") INDIRECT
}
