package io.stancegraph.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.stancegraph.position.PositionSettings;
import io.stancegraph.stance.PositionSuggestions;
import io.stancegraph.stance.QuoteForm;
import io.stancegraph.stance.StanceLabel;
import io.stancegraph.stance.StanceAssessment;
import io.stancegraph.stance.StanceAssessor;
import io.stancegraph.stance.StanceTimeline;
import io.stancegraph.stance.StanceTopic;
import io.stancegraph.position.Position;

/**
 * Keeps the extractor's positions in step with the stored statements. After an article is stored, every
 * (actor, topic) pair it touches is assessed again from all the statements of that pair in the database, whichever
 * article reported them, and the result replaces the extractor's earlier positions for the pair. Editors' positions
 * are never read or written here.
 * <p>
 * A handful of round trips whatever the number of pairs: one query for the statements of all pairs, one for their
 * topics, one delete, and JDBC batches for the new judgements, positions and evidence. Each statement's stance on
 * a topic is judged once and stored with its topic tag, so only new statements are read in full. It runs on the ingestion's
 * connection, inside its transaction and under its lock, so two ingestions never assess the same pair at once.
 */
final class PositionAssessmentWriter {

    /** The assessor is stateless and thread-safe, so one serves every ingestion. */
    private static final StanceAssessor ASSESSOR = new StanceAssessor();

    /** An actor and a topic: the unit a position belongs to. */
    record Pair(long actorId, long topicId) {
    }

    private final Connection connection;
    private final PositionSettings settings;

    private PositionAssessmentWriter(Connection connection, PositionSettings settings) {
        this.connection = connection;
        this.settings = settings;
    }

    /** The pairs the article's statements touch now; read before its extracted statements are replaced. */
    static Set<Pair> pairsOf(Connection connection, long articleId) throws SQLException {
        return new PositionAssessmentWriter(connection, null).pairsOf(articleId);
    }

    /**
     * Assesses again the pairs the article's statements touch, and those in {@code before} (pairs whose statements
     * in this article a re-extraction may have removed).
     */
    static void reassess(Connection connection, PositionSettings settings, long articleId, Set<Pair> before)
            throws SQLException {
        PositionAssessmentWriter writer = new PositionAssessmentWriter(connection, settings);
        Set<Pair> pairs = new LinkedHashSet<>(before);
        pairs.addAll(writer.pairsOf(articleId));
        writer.reassess(pairs);
    }

    /**
     * Assesses again every topic of these actors: the topics of their statements, and those of their extractor
     * positions (whose statements may have gone to someone else).
     */
    static void reassessActors(EntityManager em, PositionSettings settings, Set<Long> actorIds) {
        onSession(em, settings, writer -> {
            try (PreparedStatement select = writer.connection.prepareStatement("""
                    select ss.actor_id, st.topic_id from statement_speaker ss
                    join statement_topic st on st.statement_id = ss.statement_id where ss.actor_id = any(?::bigint[])
                    union
                    select actor_id, topic_id from actor_position where actor_id = any(?::bigint[]) and assessor = ?""")) {
                Array actors = writer.connection.createArrayOf("bigint", actorIds.toArray());
                select.setArray(1, actors);
                select.setArray(2, actors);
                select.setString(3, Position.EXTRACTOR);
                writer.reassess(pairs(select));
            }
        });
    }

    /**
     * Judges again every statement on the topic (its claims changed) and works out again every pair of the topic:
     * those of its statements, and those of its extractor positions.
     */
    static void reassessTopic(EntityManager em, PositionSettings settings, long topicId) {
        onSession(em, settings, writer -> {
            try (PreparedStatement stale = writer.connection.prepareStatement(
                    "update statement_topic set stance = null where topic_id = ?")) {
                stale.setLong(1, topicId);
                stale.executeUpdate();
            }
            try (PreparedStatement select = writer.connection.prepareStatement("""
                    select ss.actor_id, st.topic_id from statement_topic st
                    join statement_speaker ss on ss.statement_id = st.statement_id where st.topic_id = ?
                    union
                    select actor_id, topic_id from actor_position where topic_id = ? and assessor = ?""")) {
                select.setLong(1, topicId);
                select.setLong(2, topicId);
                select.setString(3, Position.EXTRACTOR);
                writer.reassess(pairs(select));
            }
        });
    }

    /** What a reassessment outside ingestion does on the session's connection, once pending writes are flushed. */
    private interface Work {
        void run(PositionAssessmentWriter writer) throws SQLException;
    }

    private static void onSession(EntityManager em, PositionSettings settings, Work work) {
        em.flush();
        em.unwrap(Session.class).doWork(connection -> work.run(new PositionAssessmentWriter(connection, settings)));
    }

    private Set<Pair> pairsOf(long articleId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("""
                select distinct ss.actor_id, st.topic_id from statement s
                join statement_speaker ss on ss.statement_id = s.id
                join statement_topic st on st.statement_id = s.id
                where s.article_id = ?""")) {
            select.setLong(1, articleId);
            return pairs(select);
        }
    }

    /** The (actor id, topic id) rows a query selects, in its order. */
    private static Set<Pair> pairs(PreparedStatement select) throws SQLException {
        Set<Pair> pairs = new LinkedHashSet<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                pairs.add(new Pair(rows.getLong(1), rows.getLong(2)));
            }
        }
        return pairs;
    }

    private void reassess(Set<Pair> pairs) throws SQLException {
        if (pairs.isEmpty()) {
            return;
        }
        // Ingestions run side by side: one pair is reassessed by one transaction at a time, and after the lock
        // the reads below see the statements the previous holder committed.
        IngestLock.pairs(connection, pairs.stream().map(pair -> pair.actorId() + ":" + pair.topicId()).toList());
        Array actors = connection.createArrayOf("bigint", pairs.stream().map(Pair::actorId).toArray());
        Array topics = connection.createArrayOf("bigint", pairs.stream().map(Pair::topicId).toArray());
        Map<Long, StanceTopic> topicsById = topics(topics);
        Map<Long, String> spans = new HashMap<>();
        Map<Pair, List<StanceTimeline.Evidence>> evidence = assessStatements(actors, topics, topicsById, spans);

        // Suggestions are worked out afresh; what editors decided (confirmed or rejected) stays.
        try (PreparedStatement delete = connection.prepareStatement("""
                delete from actor_position ap using unnest(?::bigint[], ?::bigint[]) as pair(actor_id, topic_id)
                where ap.actor_id = pair.actor_id and ap.topic_id = pair.topic_id and ap.assessor = ?
                  and ap.review_state = 'SUGGESTED'""")) {
            delete.setArray(1, actors);
            delete.setArray(2, topics);
            delete.setString(3, Position.EXTRACTOR);
            delete.executeUpdate();
        }
        Map<Pair, Map<String, Set<String>>> decided = decided(actors, topics);

        List<StanceTimeline.Period> periods = new ArrayList<>();
        List<Pair> owners = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        List<List<String>> periodSpans = new ArrayList<>();
        evidence.forEach((pair, statements) -> PositionSuggestions.of(statements).forEach(suggestion -> {
            StanceTimeline.Period period = suggestion.period();
            List<String> where = period.evidence().stream().map(spans::get).toList();
            Set<String> settled = decided.getOrDefault(pair, Map.of()).getOrDefault(period.stance().name(), Set.of());
            if (settled.containsAll(where)) {
                return; // an editor has already confirmed or rejected this stance on this evidence
            }
            periods.add(period);
            owners.add(pair);
            confidences.add(suggestion.confidence());
            periodSpans.add(where);
        }));
        if (periods.isEmpty()) {
            return;
        }
        long[] ids = new long[periods.size()];
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into actor_position (actor_id, topic_id, stance, valid_from, assessor, confidence, note,
                                            review_state, published, evidence_spans)
                values (?, ?, ?, ?, ?, ?, ?, 'SUGGESTED', ?, ?)""", new String[] { "id" })) {
            for (int i = 0; i < periods.size(); i++) {
                StanceTimeline.Period period = periods.get(i);
                insert.setLong(1, owners.get(i).actorId());
                insert.setLong(2, owners.get(i).topicId());
                insert.setString(3, period.stance().name());
                insert.setDate(4, Date.valueOf(period.validFrom()));
                insert.setString(5, Position.EXTRACTOR);
                insert.setDouble(6, confidences.get(i));
                insert.setString(7, period.note());
                insert.setBoolean(8, confidences.get(i) >= settings.publishConfidence());
                insert.setArray(9, connection.createArrayOf("text", periodSpans.get(i).toArray()));
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length && keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
        }
        try (PreparedStatement link = connection.prepareStatement(
                "insert into position_evidence (position_id, statement_id) values (?, ?)")) {
            for (int i = 0; i < periods.size(); i++) {
                for (Long statementId : periods.get(i).evidence()) {
                    link.setLong(1, ids[i]);
                    link.setLong(2, statementId);
                    link.addBatch();
                }
            }
            link.executeBatch();
        }
        io.stancegraph.platform.Notifications.publish(connection, io.stancegraph.platform.Notifications.POSITION_CHANGED,
                java.util.Arrays.stream(ids).boxed().toList());
    }

    /**
     * For each pair, the evidence (by place) of each stance editors decided: the extractor's positions they confirmed
     * or rejected, and their own (an editor's stance on that evidence needs no suggestion beside it).
     */
    private Map<Pair, Map<String, Set<String>>> decided(Array actors, Array topics) throws SQLException {
        Map<Pair, Map<String, Set<String>>> decided = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select ap.actor_id, ap.topic_id, ap.stance, ap.evidence_spans
                from actor_position ap join unnest(?::bigint[], ?::bigint[]) as pair(actor_id, topic_id)
                  on ap.actor_id = pair.actor_id and ap.topic_id = pair.topic_id
                where ap.review_state <> 'SUGGESTED'""")) {
            select.setArray(1, actors);
            select.setArray(2, topics);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    decided.computeIfAbsent(new Pair(rows.getLong(1), rows.getLong(2)), pair -> new HashMap<>())
                            .computeIfAbsent(rows.getString(3), stance -> new HashSet<>())
                            .addAll(List.of((String[]) rows.getArray(4).getArray()));
                }
            }
        }
        return decided;
    }

    /**
     * Every statement of every pair with its stance on the pair's topic, in the order they were made. Stances are
     * stored with the statement's topic tag; only statements without one (new, newly tagged, or judged by older
     * rules) are read in full and assessed, and their judgements are stored.
     */
    private Map<Pair, List<StanceTimeline.Evidence>> assessStatements(Array actors, Array topics,
            Map<Long, StanceTopic> topicsById, Map<Long, String> spans) throws SQLException {
        Map<Pair, List<StanceTimeline.Evidence>> evidence = new LinkedHashMap<>();
        Map<List<Long>, StanceAssessment> assessedNow = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select pair.actor_id, pair.topic_id, s.id, s.dated_on, st.stance, st.stance_confidence, st.stance_cues,
                       case when judged then null else s.kind end, case when judged then null else s.cue end,
                       case when judged then null else s.text end,
                       s.article_id || ':' || s.span_start || ':' || s.span_end,
                       coalesce(s.attribution_confidence, 1) >= ?, s.article_id,
                       md5(lower(btrim(s.text))) -- the wording as the timeline compares it, hashed to keep the read small
                from unnest(?::bigint[], ?::bigint[]) as pair(actor_id, topic_id)
                join statement_speaker ss on ss.actor_id = pair.actor_id
                join statement_topic st on st.statement_id = ss.statement_id and st.topic_id = pair.topic_id
                join statement s on s.id = ss.statement_id
                cross join lateral (select st.stance is not null and st.stance_version = ? as judged) as stored
                order by pair.actor_id, pair.topic_id, s.dated_on, s.article_id, s.span_start""")) {
            select.setDouble(1, settings.minAttributionConfidence());
            select.setArray(2, actors);
            select.setArray(3, topics);
            select.setInt(4, StanceAssessor.VERSION);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Pair pair = new Pair(rows.getLong(1), rows.getLong(2));
                    long statementId = rows.getLong(3);
                    spans.put(statementId, rows.getString(11));
                    StanceAssessment assessment;
                    if (rows.getString(10) == null) {
                        assessment = new StanceAssessment(StanceLabel.valueOf(rows.getString(5)), rows.getDouble(6),
                                List.of((String[]) rows.getArray(7).getArray()));
                    } else {
                        // A statement of several speakers comes once per speaker; it is judged once.
                        String kind = rows.getString(8);
                        String cue = rows.getString(9);
                        String text = rows.getString(10);
                        assessment = assessedNow.computeIfAbsent(List.of(statementId, pair.topicId()),
                                key -> ASSESSOR.assess(text, cue, QuoteForm.named(kind), topicsById.get(pair.topicId())));
                    }
                    // Every statement is judged, so its stance is ready once an editor sets its speakers; one whose
                    // speakers are doubtful shows no one's stance until then.
                    if (rows.getBoolean(12)) {
                        evidence.computeIfAbsent(pair, key -> new ArrayList<>())
                                .add(new StanceTimeline.Evidence(statementId, rows.getLong(13),
                                        rows.getString(14), rows.getDate(4).toLocalDate(), assessment));
                    }
                }
            }
        }
        store(assessedNow);
        return evidence;
    }

    private void store(Map<List<Long>, StanceAssessment> judgements) throws SQLException {
        if (judgements.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement("""
                update statement_topic set stance = ?, stance_confidence = ?, stance_cues = ?, stance_version = ?
                where statement_id = ? and topic_id = ?""")) {
            for (Map.Entry<List<Long>, StanceAssessment> judgement : judgements.entrySet()) {
                StanceAssessment assessment = judgement.getValue();
                update.setString(1, assessment.stance().name());
                update.setDouble(2, assessment.confidence());
                update.setArray(3, connection.createArrayOf("text", assessment.cues().toArray()));
                update.setInt(4, StanceAssessor.VERSION);
                update.setLong(5, judgement.getKey().get(0));
                update.setLong(6, judgement.getKey().get(1));
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private Map<Long, StanceTopic> topics(Array ids) throws SQLException {
        Map<Long, StanceTopic> topics = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, name, keywords, pro_claims, con_claims from topic where id = any(?::bigint[])")) {
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    topics.put(rows.getLong(1), new StanceTopic(rows.getString(2),
                            List.of((String[]) rows.getArray(3).getArray()), List.of((String[]) rows.getArray(4).getArray()),
                            List.of((String[]) rows.getArray(5).getArray())));
                }
            }
        }
        return topics;
    }
}
