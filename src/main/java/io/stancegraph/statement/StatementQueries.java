package io.stancegraph.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

import io.stancegraph.actor.Actor;
import io.stancegraph.article.Article;
import io.stancegraph.event.Event;
import io.stancegraph.topic.Topic;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.sql.Sql;

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
            return this != SPEAKER || order == StatementOrder.READING_ORDER ? StatementSql.order(order)
                    : StatementSql.orderOnSpeakerLink(order);
        }
    }

    private final EntityManager em;

    public StatementQueries(EntityManager em) {
        this.em = em;
    }

    /** The statements that meet the filter, in the given order. */
    public Listing<Statement> list(StatementFilter filter, StatementOrder order) {
        return Listing.of(page -> page(filter, order, page), () -> count(filter));
    }

    private Page<Statement> page(StatementFilter filter, StatementOrder order, PageRequest page) {
        StatementSql.Source source = StatementSql.page(filter, order, LOOKUPS);
        Sql.Rendered sql = Sql.of("select s.id ", source.fromWhere(), " order by ", source.order(), " limit ",
                Sql.value(page.limit() + 1), " offset ", Sql.value(page.offset())).jpa();
        return Page.of(load(ids(sql.bind(em.createNativeQuery(sql.text())).getResultList())), page);
    }

    private long count(StatementFilter filter) {
        Sql.Rendered sql = StatementSql.count(filter, LOOKUPS).jpa();
        return ((Number) sql.bind(em.createNativeQuery(sql.text())).getSingleResult()).longValue();
    }

    /** Full-text search, best match first; the rank comes with each statement. */
    public Listing<StatementSearchConnection.StatementSearchEdge> search(String text, StatementFilter filter) {
        return Listing.of(page -> search(text, filter, page), () -> countSearch(text, filter));
    }

    private Page<StatementSearchConnection.StatementSearchEdge> search(String text, StatementFilter filter, PageRequest page) {
        Sql.Rendered sql = Sql.of("select s.id, s.rank from ", StatementSql.searchMatches(text, filter, LOOKUPS),
                " order by ", StatementSql.SEARCH_ORDER, " limit ", Sql.value(page.limit() + 1), " offset ",
                Sql.value(page.offset())).jpa();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = sql.bind(em.createNativeQuery(sql.text())).getResultList();
        Map<Long, Statement> byId = Batches.load(em, Statement.class, ids(rows.stream().map(row -> row[0]).toList()),
                statement -> statement.id);
        List<StatementSearchConnection.StatementSearchEdge> ranked = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ranked.add(StatementSearchConnection.StatementSearchEdge.match(byId.get(((Number) row[0]).longValue()),
                    ((Number) row[1]).doubleValue()));
        }
        return Page.of(ranked, page);
    }

    private long countSearch(String text, StatementFilter filter) {
        Sql.Rendered sql = Sql.of("select count(*) from statement s where s.text_search @@ websearch_to_tsquery('english', ",
                Sql.value(text), ") and ", StatementSql.conditions(filter, LOOKUPS)).jpa();
        return ((Number) sql.bind(em.createNativeQuery(sql.text())).getSingleResult()).longValue();
    }

    /**
     * The first `limit` statements of each parent, in the given order: two queries whatever the parent count. One list
     * per parent given, so a parent that stands twice in a batch (two aliases reading the same actor) has two.
     */
    public List<List<Statement>> nested(Parent parent, List<? extends StoredEntity> parents, StatementFilter filter,
            StatementOrder order, int limit) {
        List<Long> parentIds = Batches.ids(parents);
        Map<Long, List<Statement>> byParent = new HashMap<>();
        if (!parentIds.isEmpty() && limit > 0) {
            // One index walk per parent that stops at the limit, rather than ranking every statement of every parent;
            // the statements come in the same query, one row per parent and statement.
            Sql.Rendered sql = Sql.of("select parent.id as parent_id, {firsts.*} from unnest(cast(",
                    Sql.value(parentIds.toArray(Long[]::new)), " as bigint[])) as parent (id) cross join lateral (",
                    StatementSql.firsts(parent, Sql.of("parent.id"), filter, order, Sql.value(limit), LOOKUPS),
                    ") firsts order by parent.id, firsts.rn").jpa();
            NativeQuery<?> query = sql.bind(em.createNativeQuery(sql.text())).unwrap(NativeQuery.class)
                    .addScalar("parent_id", StandardBasicTypes.LONG)
                    .addEntity("firsts", Statement.class)
                    .setReadOnly(true);
            @SuppressWarnings("unchecked")
            List<Object[]> rows = (List<Object[]>) query.getResultList();
            for (Object[] row : rows) {
                byParent.computeIfAbsent((Long) row[0], key -> new ArrayList<>()).add((Statement) row[1]);
            }
        }
        return parents.stream().map(each -> byParent.getOrDefault(each.id, List.of())).toList();
    }

    /** Those of the statements with these ids that meet the filter, in the order of their ids. */
    public List<Statement> among(List<Long> ids, StatementFilter filter) {
        Sql.Rendered sql = Sql.of("select s.id from statement s where s.id = any(cast(", Sql.value(ids.toArray(Long[]::new)),
                " as bigint[])) and ", StatementSql.conditions(filter, LOOKUPS), " order by s.id").jpa();
        return load(ids(sql.bind(em.createNativeQuery(sql.text())).getResultList()));
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

    /** The paragraph of its article where each statement starts. */
    public List<String> paragraphTexts(List<Statement> statements) {
        Map<Long, String[]> paragraphs = new HashMap<>();
        Article.bodiesById(em, Batches.ids(statements, Statement::articleKey))
                .forEach((id, body) -> paragraphs.put(id, Article.paragraphsOf(body)));
        return statements.stream().map(statement -> {
            String[] article = paragraphs.get(statement.articleKey());
            return article != null && statement.paragraph < article.length ? article[statement.paragraph] : null;
        }).toList();
    }

    /** Each statement's speakers, by name. */
    public List<List<Actor>> speakers(List<Statement> statements) {
        // Straight from the link table: the statements themselves are already loaded.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select ss.statement_id, {a.*} from statement_speaker ss "
                + "join actor a on a.id = ss.actor_id where ss.statement_id = any(cast(:ids as bigint[])) order by a.canonical_name, a.id")
                .unwrap(NativeQuery.class)
                .addScalar("statement_id", StandardBasicTypes.LONG)
                .addEntity("a", Actor.class)
                .setReadOnly(true)
                .setParameter("ids", Batches.ids(statements).toArray(Long[]::new)).getResultList();
        return Batches.group(statements, statement -> statement.id, rows);
    }

    /** The article that reported each statement. */
    public List<Article> articles(List<Statement> statements) {
        return Batches.linked(em, Article.class, statements, Statement::articleKey);
    }

    /** The event at which each statement was made, or null. */
    public List<Event> events(List<Statement> statements) {
        return Batches.linked(em, Event.class, statements, Statement::eventKey);
    }

    /** The topics of each statement, by slug. */
    public List<List<Topic>> topics(List<Statement> statements) {
        return Batches.children(em,
                "select s.id, t from Statement s join s.topics t where s.id in :ids order by t.slug", statements);
    }

    private static List<Long> ids(List<?> raw) {
        List<Long> ids = new ArrayList<>(raw.size());
        raw.forEach(value -> ids.add(((Number) value).longValue()));
        return ids;
    }

    /** A speaker's name or a topic's slug that matches nothing becomes an id that matches nothing, as no row has it. */
    private static final StatementSql.Lookups LOOKUPS = new StatementSql.Lookups() {
        @Override
        public Sql actorNamed(String name) {
            Actor actor = Actor.findByNameOrAlias(name);
            return Sql.value(actor == null ? -1L : actor.id);
        }

        @Override
        public Sql topicWithSlug(String slug) {
            // By id rather than a join on the slug, so the planner can weigh how common the topic really is.
            Topic topic = Topic.find("slug", slug).firstResult();
            return Sql.value(topic == null ? -1L : topic.id);
        }
    };
}
