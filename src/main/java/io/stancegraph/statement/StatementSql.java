package io.stancegraph.statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.stancegraph.platform.sql.Sql;
import io.stancegraph.statement.StatementQueries.Parent;

/**
 * The SQL of statement reads, the same for the resolvers ({@link StatementQueries}) and the compiled read path: the
 * columns behind the GraphQL fields, the orders, the filter's conditions and the shapes of the queries, all over
 * the statement table as {@code s}.
 */
public final class StatementSql {

    /** GraphQL field of {@code Statement} → its column. */
    public static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("id", "id"), Map.entry("text", "text"),
            Map.entry("kind", "kind"), Map.entry("cue", "cue"), Map.entry("medium", "medium"),
            Map.entry("paragraph", "paragraph"), Map.entry("datedOn", "dated_on"), Map.entry("saidOn", "said_on"),
            Map.entry("saidOnPrecision", "said_on_precision"), Map.entry("speakerRole", "speaker_role"),
            Map.entry("speakerRule", "speaker_rule"), Map.entry("attributionConfidence", "attribution_confidence"),
            Map.entry("speakerDoubtful", "speaker_doubtful"), Map.entry("origin", "origin"));

    /** The order of search results: best match first, then latest, then by id. */
    public static final String SEARCH_ORDER = "s.rank desc, s.dated_on desc, s.id desc";

    /**
     * How a filter's names become ids. The resolvers look them up first, so the planner sees the id; a single
     * statement selects it in place.
     */
    public interface Lookups {
        Sql actorNamed(String name);

        Sql topicWithSlug(String slug);
    }

    /** Where a page of a filtered list comes from ({@code from … where …}) and in what order. */
    public record Source(Sql fromWhere, String order) {
    }

    private StatementSql() {
    }

    /** The order over {@code s}. */
    public static String order(StatementOrder order) {
        return switch (order) {
            case NEWEST_FIRST -> "s.dated_on desc, s.id desc";
            case OLDEST_FIRST -> "s.dated_on asc, s.id asc";
            case READING_ORDER -> "s.article_id asc, s.span_start asc, s.id asc";
        };
    }

    /** A date order over a speaker link {@code p}, which carries its statement's date: read off the link index. */
    static String orderOnSpeakerLink(StatementOrder order) {
        return order(order).replace("s.dated_on", "p.dated_on").replace("s.id", "p.statement_id");
    }

    /** The filter's conditions on {@code s}. */
    public static Sql conditions(StatementFilter filter, Lookups lookups) {
        List<Sql> where = new ArrayList<>();
        if (filter.speaker() != null) {
            where.add(Sql.of("exists (select 1 from statement_speaker fs where fs.statement_id = s.id and fs.actor_id = ",
                    Sql.value(filter.speaker()), ")"));
        }
        if (filter.speakerName() != null) {
            where.add(Sql.of("exists (select 1 from statement_speaker fn where fn.statement_id = s.id and fn.actor_id = ",
                    lookups.actorNamed(filter.speakerName()), ")"));
        }
        if (filter.topic() != null) {
            where.add(Sql.of("exists (select 1 from statement_topic ft where ft.statement_id = s.id and ft.topic_id = ",
                    lookups.topicWithSlug(filter.topic()), ")"));
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            where.add(Sql.of("s.kind in (", Sql.values(filter.kinds().stream().map(Enum::name).toList()), ")"));
        }
        if (filter.from() != null) {
            where.add(Sql.of("s.dated_on >= ", Sql.value(Date.valueOf(filter.from()))));
        }
        if (filter.to() != null) {
            where.add(Sql.of("s.dated_on <= ", Sql.value(Date.valueOf(filter.to()))));
        }
        if (filter.event() != null) {
            where.add(Sql.of("s.event_id = ", Sql.value(filter.event())));
        }
        if (filter.article() != null) {
            where.add(Sql.of("s.article_id = ", Sql.value(filter.article())));
        }
        if (filter.speakerDoubtful() != null) {
            where.add(filter.speakerDoubtful() ? Sql.of("s.speaker_doubtful") : Sql.of("not coalesce(s.speaker_doubtful, false)"));
        }
        if (filter.outlet() != null) {
            where.add(Sql.of("exists (select 1 from article fa where fa.id = s.article_id and lower(fa.outlet) = lower(",
                    Sql.value(filter.outlet()), "))"));
        }
        return Sql.and(where);
    }

    /**
     * The filtered list: one speaker's statements by date walk that speaker's dated link index, which stops at the
     * page; any other list reads the statement table.
     */
    public static Source page(StatementFilter filter, StatementOrder order, Lookups lookups) {
        if (filter.speaker() != null && order != StatementOrder.READING_ORDER) {
            List<Sql> link = new ArrayList<>();
            link.add(Sql.of("p.actor_id = ", Sql.value(filter.speaker())));
            if (filter.from() != null) {
                link.add(Sql.of("p.dated_on >= ", Sql.value(Date.valueOf(filter.from()))));
            }
            if (filter.to() != null) {
                link.add(Sql.of("p.dated_on <= ", Sql.value(Date.valueOf(filter.to()))));
            }
            return new Source(Sql.of("from statement_speaker p join statement s on s.id = p.statement_id where ",
                    Sql.and(link), " and ", conditions(filter.withoutSpeaker(), lookups)), orderOnSpeakerLink(order));
        }
        return new Source(Sql.of("from statement s where ", conditions(filter, lookups)), order(order));
    }

    /** How many statements match. */
    public static Sql count(StatementFilter filter, Lookups lookups) {
        return Sql.of("select count(*) from statement s where ", conditions(filter, lookups));
    }

    /**
     * The first {@code limit} statements of one parent, numbered ({@code rn}) in the given order: one index walk
     * that stops at the limit.
     */
    public static Sql firsts(Parent parent, Sql parentId, StatementFilter filter, StatementOrder order, Sql limit,
            Lookups lookups) {
        String orderSql = parent.order(order);
        return Sql.of("select s.*, row_number() over (order by ", orderSql, ") as rn from statement s ", parent.join(),
                " where ", parent.key(), " = ", parentId, " and ", conditions(filter, lookups), " order by ", orderSql,
                " limit ", limit);
    }

    /**
     * The statements matching the words and the filter, with their rank, as the derived table {@code s}. The text
     * match runs alone first: its {@code offset 0} keeps the planner from combining the text index with the date
     * index, which a generic plan (the one a prepared statement ends up with, not knowing the words) picks although
     * the text match is nearly always the narrower. The conditions apply to its rows before ranking, so only the
     * statements that can be results are ranked.
     */
    public static Sql searchMatches(String words, StatementFilter filter, Lookups lookups) {
        return Sql.of("(select s.id, s.dated_on, s.event_id, s.article_id, s.kind, ts_rank(s.text_search, s.q)::float8 as rank",
                " from (select st.id, st.dated_on, st.event_id, st.article_id, st.kind, st.text_search, q",
                " from statement st, websearch_to_tsquery('english', ", Sql.value(words), ") q where st.text_search @@ q",
                " offset 0) s where ", conditions(filter, lookups), " offset 0) s");
    }
}
