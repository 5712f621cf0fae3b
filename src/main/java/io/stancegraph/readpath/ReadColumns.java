package io.stancegraph.readpath;

import java.util.Map;

import io.stancegraph.statement.StatementSql;

/**
 * For each type of the read graph, its table and the column behind each scalar field: what the compiled read path
 * selects for a field, as the entities map it. Statement's columns are {@link StatementSql#COLUMNS}, beside the
 * orders and conditions that the resolvers use too.
 */
final class ReadColumns {

    /** A type's table and its field → column map. */
    record Table(String name, Map<String, String> columns) {
    }

    private static final Map<String, Table> TABLES = Map.of(
            "Actor", new Table("actor", Map.of("id", "id", "name", "canonical_name", "kind", "kind",
                    "country", "country", "wikidataId", "wikidata_id")),
            "Statement", new Table("statement", StatementSql.COLUMNS),
            "Article", new Table("article", Map.of("id", "id", "headline", "headline", "outlet", "outlet",
                    "publishedOn", "published_on", "url", "url", "contentHash", "content_hash", "key", "source_key")),
            "Event", new Table("event", Map.of("id", "id", "name", "name", "kind", "kind",
                    "location", "location", "startsOn", "start_date", "endsOn", "end_date", "datePrecision", "date_precision")),
            "Topic", new Table("topic", Map.of("id", "id", "slug", "slug", "name", "name",
                    "description", "description")),
            "Position", new Table("actor_position", Map.of("id", "id", "stance", "stance",
                    "validFrom", "valid_from", "confidence", "confidence", "assessor", "assessor", "note", "note",
                    "reviewState", "review_state", "published", "published", "reviewedBy", "reviewed_by",
                    "reviewNote", "review_note")));

    private ReadColumns() {
    }

    static Table of(String type) {
        Table table = TABLES.get(type);
        if (table == null) {
            throw new ReadCompiler.Unsupported(type);
        }
        return table;
    }
}
