package io.stancegraph.statement;

/** A statement found by full-text search, with how well it matched. */
public record RankedStatement(Statement statement, double rank) {
}
