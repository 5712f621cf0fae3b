package io.stancegraph.statement;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import io.stancegraph.actor.Actor;
import io.stancegraph.topic.Topic;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;

/**
 * Reads statements with SQL that PostgreSQL can serve from indexes: one query for a page, one for a count, and
 * for nested lists one windowed query for all parents at once, so a request's query count does not grow with
 * the number of parents.
 */
@ApplicationScoped
public class StatementQueries {

    /** How a nested statement list hangs off its parent rows. */
    public enum Parent {
        SPEAKER("join statement_speaker p on p.statement_id = s.id", "p.actor_id"),
        TOPIC("join statement_topic p on p.statement_id = s.id", "p.topic_id"),
        EVIDENCE("join position_evidence p on p.statement_id = s.id", "p.position_id"),
        EVENT("", "s.event_id"),
        ARTICLE("", "s.article_id");

        final String join;
        final String key;

        Parent(String join, String key) {
            this.join = join;
            this.key = key;
        }

        /** How the link joins the statement {@code s}, as SQL (empty when the key is on the statement itself). */
        public String join() {
            return join;
        }

        /** The column holding the parent's id. */
        public String key() {
            return key;
        }

        /** Speaker links carry their statement's date, so date orders can be read off the link index. */
        public String order(StatementOrder order) {
            if (this != SPEAKER || order == StatementOrder.READING_ORDER) {
                return order.sql();
            }
            return order.sql().replace("s.dated_on", "p.dated_on").replace("s.id", "p.statement_id");
        }
    }

    private final EntityManager em;

    public StatementQueries(EntityManager em) {
        this.em = em;
    }

    public Page<Statement> page(StatementFilter filter, StatementOrder order, PageRequest page) {
        Query query;
        if (filter.speaker() != null && order != StatementOrder.READING_ORDER) {
            // One speaker's statements by date: walk that speaker's dated link index, which stops at the page.
            Conditions where = conditions(filter.withoutSpeaker());
            String range = (filter.from() != null ? " and p.dated_on >= :from" : "")
                    + (filter.to() != null ? " and p.dated_on <= :to" : "");
            query = em.createNativeQuery("select s.id from statement_speaker p join statement s on s.id = p.statement_id"
                    + " where p.actor_id = :speaker" + range + " and " + where.sql
                    + " order by " + Parent.SPEAKER.order(order) + " limit :limit offset :offset");
            where.bind(query);
            query.setParameter("speaker", filter.speaker());
        } else {
            Conditions where = conditions(filter);
            query = em.createNativeQuery("select s.id from statement s where " + where.sql
                    + " order by " + order.sql() + " limit :limit offset :offset");
            where.bind(query);
        }
        query.setParameter("limit", page.limit() + 1);
        query.setParameter("offset", page.offset());
        return Page.of(load(ids(query.getResultList())), page);
    }

    public long count(StatementFilter filter) {
        Conditions where = conditions(filter);
        Query query = em.createNativeQuery("select count(*) from statement s where " + where.sql);
        where.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    /**
     * The statements matching the words and the conditions (on the columns listed here, as {@code s}), with their
     * rank, as the derived table {@code s}. The text match runs alone first: its {@code offset 0} keeps the planner
     * from combining the text index with the date index, which a generic plan (the one a prepared statement ends up
     * with, not knowing the words) picks although the text match is nearly always the narrower. The conditions
     * apply to its rows before ranking, so only the statements that can be results are ranked.
     */
    public static String searchMatches(String words, String conditions) {
        return "(select s.id, s.dated_on, s.event_id, s.article_id, s.kind, ts_rank(s.text_search, s.q)::float8 as rank"
                + " from (select st.id, st.dated_on, st.event_id, st.article_id, st.kind, st.text_search, q"
                + " from statement st, websearch_to_tsquery('english', " + words + ") q where st.text_search @@ q"
                + " offset 0) s where " + conditions + " offset 0) s";
    }

    /** The order of search results: best match first, then latest, then by id. */
    public static final String SEARCH_ORDER = "s.rank desc, s.dated_on desc, s.id desc";

    /** Full-text search, best match first; the rank comes with each statement. */
    public Page<StatementSearchConnection.StatementSearchEdge> search(String text, StatementFilter filter, PageRequest page) {
        Conditions where = conditions(filter);
        Query query = em.createNativeQuery("select s.id, s.rank from " + searchMatches(":text", where.sql)
                + " order by " + SEARCH_ORDER + " limit :limit offset :offset");
        where.bind(query);
        query.setParameter("text", text);
        query.setParameter("limit", page.limit() + 1);
        query.setParameter("offset", page.offset());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<Long, Statement> byId = Batches.load(em, Statement.class, ids(rows.stream().map(row -> row[0]).toList()),
                statement -> statement.id);
        List<StatementSearchConnection.StatementSearchEdge> ranked = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ranked.add(StatementSearchConnection.StatementSearchEdge.match(byId.get(((Number) row[0]).longValue()),
                    ((Number) row[1]).doubleValue()));
        }
        return Page.of(ranked, page);
    }

    public long countSearch(String text, StatementFilter filter) {
        Conditions where = conditions(filter);
        Query query = em.createNativeQuery("select count(*) from statement s where s.text_search @@ "
                + "websearch_to_tsquery('english', :text) and " + where.sql);
        where.bind(query);
        query.setParameter("text", text);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** The first `limit` statements of each parent, in the given order: two queries whatever the parent count. */
    public List<List<Statement>> nested(Parent parent, List<Long> parentIds, StatementFilter filter,
            StatementOrder order, int limit) {
        List<List<Statement>> result = new ArrayList<>(parentIds.size());
        if (parentIds.isEmpty() || limit == 0) {
            parentIds.forEach(id -> result.add(List.of()));
            return result;
        }
        Conditions where = conditions(filter);
        // One index walk per parent that stops at the limit, rather than ranking every statement of every parent;
        // the statements come in the same query, one row per parent and statement.
        NativeQuery<?> query = em.createNativeQuery("""
                select parent.id as parent_id, {firsts.*} from unnest(cast(:parents as bigint[])) as parent (id)
                cross join lateral (
                    select s.*, row_number() over (order by %2$s) as rn
                    from statement s %3$s
                    where %1$s = parent.id and %4$s
                    order by %2$s
                    limit :limit
                ) firsts
                order by parent.id, firsts.rn""".formatted(parent.key, parent.order(order), parent.join, where.sql))
                .unwrap(NativeQuery.class)
                .addScalar("parent_id", StandardBasicTypes.LONG)
                .addEntity("firsts", Statement.class)
                .setReadOnly(true);
        where.bind(query);
        query.setParameter("parents", parentIds.toArray(Long[]::new));
        query.setParameter("limit", limit);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = (List<Object[]>) query.getResultList();
        Map<Long, List<Statement>> byParent = new HashMap<>();
        for (Object[] row : rows) {
            byParent.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Statement) row[1]);
        }
        for (Long parentId : parentIds) {
            result.add(byParent.getOrDefault(parentId, List.of()));
        }
        return result;
    }

    /** Loads statements by id in one query, keeping the order of the ids. */
    public List<Statement> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return new ArrayList<>();
        }
        Map<Long, Statement> byId = Batches.load(em, Statement.class, ids, statement -> statement.id);
        List<Statement> ordered = new ArrayList<>(ids.size());
        for (Long id : ids) {
            Statement statement = byId.get(id);
            if (statement != null) {
                ordered.add(statement);
            }
        }
        return ordered;
    }

    private static List<Long> ids(List<?> raw) {
        List<Long> ids = new ArrayList<>(raw.size());
        raw.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }

    private Conditions conditions(StatementFilter filter) {
        Conditions where = new Conditions();
        if (filter.speaker() != null) {
            where.add("exists (select 1 from statement_speaker fs where fs.statement_id = s.id and fs.actor_id = :speaker)",
                    "speaker", filter.speaker());
        }
        if (filter.speakerName() != null) {
            Actor actor = Actor.findByNameOrAlias(filter.speakerName());
            where.add("exists (select 1 from statement_speaker fn where fn.statement_id = s.id and fn.actor_id = :speakerByName)",
                    "speakerByName", actor == null ? -1L : actor.id);
        }
        if (filter.topic() != null) {
            // By id rather than a join on the slug, so the planner can weigh how common the topic really is.
            Topic topic = Topic.find("slug", filter.topic()).firstResult();
            where.add("exists (select 1 from statement_topic ft where ft.statement_id = s.id and ft.topic_id = :topic)",
                    "topic", topic == null ? -1L : topic.id);
        }
        if (filter.kinds() != null && !filter.kinds().isEmpty()) {
            where.add("s.kind in (:kinds)", "kinds", filter.kinds().stream().map(Enum::name).toList());
        }
        if (filter.from() != null) {
            where.add("s.dated_on >= :from", "from", Date.valueOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("s.dated_on <= :to", "to", Date.valueOf(filter.to()));
        }
        if (filter.event() != null) {
            where.add("s.event_id = :event", "event", filter.event());
        }
        if (filter.article() != null) {
            where.add("s.article_id = :article", "article", filter.article());
        }
        if (filter.outlet() != null) {
            where.add("exists (select 1 from article fa where fa.id = s.article_id and lower(fa.outlet) = lower(:outlet))",
                    "outlet", filter.outlet());
        }
        return where;
    }

    /** A conjunction of SQL conditions and the parameters they bind. */
    private static final class Conditions {
        private final List<String> clauses = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();
        private String sql = "true";

        void add(String clause, String name, Object value) {
            clauses.add(clause);
            parameters.put(name, value);
            sql = String.join(" and ", clauses);
        }

        void bind(Query query) {
            parameters.forEach(query::setParameter);
        }
    }
}
