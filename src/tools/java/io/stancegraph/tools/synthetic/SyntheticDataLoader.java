package io.stancegraph.tools.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import io.stancegraph.tools.synthetic.SyntheticRows.ActorRow;
import io.stancegraph.tools.synthetic.SyntheticRows.AliasRow;
import io.stancegraph.tools.synthetic.SyntheticRows.ArticleRow;
import io.stancegraph.tools.synthetic.SyntheticRows.EventRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PositionRow;
import io.stancegraph.tools.synthetic.SyntheticRows.PostRow;
import io.stancegraph.tools.synthetic.SyntheticRows.StatementRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TenureRow;
import io.stancegraph.tools.synthetic.SyntheticRows.TopicRow;

/**
 * Streams a synthetic data set into a migrated Stancegraph database with COPY, in one transaction: parents before
 * children, ids as generated, only the columns the generator knows (the rest keep their defaults, and generated
 * columns such as the search vector compute themselves). Afterwards the identity sequences continue after the
 * loaded ids and the tables are vacuumed and analysed.
 *
 * <p>Articles are made twice, once for their rows and once for their statements, rather than held: one COPY runs
 * at a time on a connection, and statements can only follow the articles they point to. The link rows of the
 * statement pass (speakers, topics, reporting articles) are small and wait in memory for their own COPY.
 */
public final class SyntheticDataLoader {

    /** The tables the generator fills, parents first. */
    public static final List<String> TABLES = List.of("topic", "actor", "actor_alias", "post", "tenure", "event",
            "event_participant", "article", "statement", "statement_speaker", "statement_topic", "event_article",
            "actor_position", "position_evidence");

    /** Told about each table as its rows go in. */
    public interface Progress {
        void started(String table, long expectedRows);

        void advanced(String table, long rowsSoFar);

        void finished(String table, long rows, Duration took);
    }

    /** Rows per table, in load order, and the time taken to load and to analyse. */
    public record Summary(Map<String, Long> rows, Duration loading, Duration analysing) {

        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @FunctionalInterface
    private interface RowSource {
        void writeTo(CopyRows rows) throws IOException;
    }

    private final Connection connection;
    private final Progress progress;

    public SyntheticDataLoader(Connection connection, Progress progress) {
        this.connection = connection;
        this.progress = progress;
    }

    /** Whether any table the generator fills has a row. */
    public static boolean holdsData(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rows = statement.executeQuery("select exists (select 1 from " + table + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * Loads the data set. With {@code replace}, the generator's tables (and, by cascade, any table referring to
     * them) are emptied first, in the same transaction, so a failed load leaves the old data in place.
     */
    public Summary load(SyntheticDataGenerator generator, boolean replace) throws SQLException, IOException {
        long start = System.nanoTime();
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            if (replace) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("truncate table " + String.join(", ", TABLES) + " restart identity cascade");
                }
            }
            loadTables(generator, counts);
            resetIdentitySequences();
            connection.commit();
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        Duration loading = Duration.ofNanos(System.nanoTime() - start);
        long analyseStart = System.nanoTime();
        connection.setAutoCommit(true); // vacuum runs outside a transaction
        try (Statement statement = connection.createStatement()) {
            // Fresh statistics, so the first queries after the load get the plans the data calls for, and a
            // visibility map, so index-only scans need not visit the freshly written heap.
            statement.execute("vacuum (analyze) " + String.join(", ", TABLES));
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return new Summary(counts, loading, Duration.ofNanos(System.nanoTime() - analyseStart));
    }

    private void loadTables(SyntheticDataGenerator generator, Map<String, Long> counts) throws SQLException,
            IOException {
        counts.put("topic", copy("topic", "id, slug, name, description, keywords", generator.topics().size(), rows -> {
            for (TopicRow topic : generator.topics()) {
                rows.add(topic.id()).add(topic.slug()).add(topic.name()).add(topic.description()).add(topic.keywords())
                        .endRow();
            }
        }));
        counts.put("actor", copy("actor", "id, canonical_name, kind, country", generator.actors().size(), rows -> {
            for (ActorRow actor : generator.actors()) {
                rows.add(actor.id()).add(actor.canonicalName()).add(actor.kind()).add(actor.country()).endRow();
            }
        }));
        counts.put("actor_alias", copy("actor_alias", "id, actor_id, alias, normalized", generator.aliases().size(),
                rows -> {
                    for (AliasRow alias : generator.aliases()) {
                        rows.add(alias.id()).add(alias.actorId()).add(alias.alias()).add(alias.normalized()).endRow();
                    }
                }));
        counts.put("post", copy("post", "id, label, organization_id", generator.posts().size(), rows -> {
            for (PostRow post : generator.posts()) {
                rows.add(post.id()).add(post.label()).add(post.organizationId()).endRow();
            }
        }));
        counts.put("tenure", copy("tenure", "id, actor_id, post_id, start_date, end_date", generator.tenures().size(),
                rows -> {
                    for (TenureRow tenure : generator.tenures()) {
                        rows.add(tenure.id()).add(tenure.actorId()).add(tenure.postId()).add(tenure.startDate())
                                .add(tenure.endDate()).endRow();
                    }
                }));
        List<EventRow> events = generator.events();
        counts.put("event", copy("event", "id, name, kind, start_date, end_date, date_precision, location",
                events.size(), rows -> {
                    for (EventRow event : events) {
                        rows.add(event.id()).add(event.name()).add(event.kind()).add(event.startDate())
                                .add(event.endDate()).add(event.datePrecision()).add(event.location()).endRow();
                    }
                }));
        counts.put("event_participant", copy("event_participant", "event_id, actor_id",
                events.stream().mapToLong(event -> event.participantIds().size()).sum(), rows -> {
                    for (EventRow event : events) {
                        for (long actorId : event.participantIds()) {
                            rows.add(event.id()).add(actorId).endRow();
                        }
                    }
                }));

        int articleCount = generator.articleCount();
        counts.put("article", copy("article",
                "id, source_key, outlet, url, headline, published_on, body, content_hash", articleCount, rows -> {
                    for (int i = 0; i < articleCount; i++) {
                        ArticleRow article = generator.article(i);
                        rows.add(article.id()).add(article.sourceKey()).add(article.outlet()).add(article.url())
                                .add(article.headline()).add(article.publishedOn()).add(article.body())
                                .add(article.contentHash()).endRow();
                    }
                }));

        LongPairs speakers = new LongPairs();
        LongPairs topics = new LongPairs();
        LongPairs reports = new LongPairs();
        PositionPlanner planner = generator.positionPlanner();
        counts.put("statement", copy("statement", "id, article_id, kind, text, cue, paragraph, span_start, span_end, "
                + "said_on, said_on_precision, dated_on, event_id, medium, speaker_role, origin",
                generator.statementCount(), rows -> {
                    for (int i = 0; i < articleCount; i++) {
                        ArticleRow article = generator.article(i);
                        for (StatementRow statement : article.statements()) {
                            rows.add(statement.id()).add(statement.articleId()).add(statement.kind())
                                    .add(statement.text()).add(statement.cue()).add(statement.paragraph())
                                    .add(statement.spanStart()).add(statement.spanEnd()).add(statement.saidOn())
                                    .add(statement.saidOnPrecision()).add(statement.datedOn())
                                    .add(statement.eventId()).add(statement.medium()).add(statement.speakerRole())
                                    .add(statement.origin()).endRow();
                            statement.speakerIds().forEach(actorId -> speakers.add(statement.id(), actorId));
                            statement.topicIds().forEach(topicId -> topics.add(statement.id(), topicId));
                            planner.accept(statement);
                        }
                        article.eventIds().forEach(eventId -> reports.add(eventId, article.id()));
                    }
                }));
        counts.put("statement_speaker", copyPairs("statement_speaker", "statement_id, actor_id", speakers));
        counts.put("statement_topic", copyPairs("statement_topic", "statement_id, topic_id", topics));
        counts.put("event_article", copyPairs("event_article", "event_id, article_id", reports));

        List<PositionRow> positions = planner.positions();
        counts.put("actor_position", copy("actor_position",
                "id, actor_id, topic_id, stance, valid_from, assessor, confidence, note", positions.size(), rows -> {
                    for (PositionRow position : positions) {
                        rows.add(position.id()).add(position.actorId()).add(position.topicId()).add(position.stance())
                                .add(position.validFrom()).add(position.assessor()).add(position.confidence())
                                .add(position.note()).endRow();
                    }
                }));
        // Every position of the data set is shown: editors' ones confirmed, the extractor's published suggestions.
        try (Statement review = connection.createStatement()) {
            review.executeUpdate("update actor_position set published = true");
            review.executeUpdate("""
                    update actor_position set review_state = 'CONFIRMED', reviewed_by = assessor, reviewed_at = recorded_at
                    where assessor <> 'extractor'""");
        }
        counts.put("position_evidence", copy("position_evidence", "position_id, statement_id",
                positions.stream().mapToLong(position -> position.evidenceIds().size()).sum(), rows -> {
                    for (PositionRow position : positions) {
                        for (long statementId : position.evidenceIds()) {
                            rows.add(position.id()).add(statementId).endRow();
                        }
                    }
                }));
    }

    private long copyPairs(String table, String columns, LongPairs pairs) throws SQLException, IOException {
        return copy(table, columns, pairs.size(), rows -> {
            for (int i = 0; i < pairs.size(); i++) {
                rows.add(pairs.first(i)).add(pairs.second(i)).endRow();
            }
        });
    }

    private long copy(String table, String columns, long expectedRows, RowSource source) throws SQLException,
            IOException {
        progress.started(table, expectedRows);
        long start = System.nanoTime();
        PGCopyOutputStream copy = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + table + " (" + columns + ") from stdin", 1 << 16);
        try {
            BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), 1 << 16);
            CopyRows rows = new CopyRows(writer, written -> progress.advanced(table, written));
            source.writeTo(rows);
            writer.flush();
            long stored = copy.endCopy();
            progress.finished(table, stored, Duration.ofNanos(System.nanoTime() - start));
            return stored;
        } catch (IOException | RuntimeException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
    }

    /** Sequences of identity columns continue after the highest loaded id, so the service's inserts do not collide. */
    private void resetIdentitySequences() throws SQLException {
        record IdentityColumn(String table, String column) {
        }
        List<IdentityColumn> identityColumns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select table_name, column_name from information_schema.columns
                where table_schema = current_schema() and is_identity = 'YES' and table_name = any (?)""")) {
            query.setArray(1, connection.createArrayOf("text", TABLES.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    identityColumns.add(new IdentityColumn(rows.getString(1), rows.getString(2)));
                }
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (IdentityColumn identity : identityColumns) {
                statement.execute("select setval(pg_get_serial_sequence('%1$s', '%2$s'), coalesce(max(%2$s), 0) + 1, false) "
                        .formatted(identity.table, identity.column) + "from " + identity.table);
            }
        }
    }

    /** Pairs of ids in two growing arrays of primitives: millions of link rows without an object each. */
    private static final class LongPairs {
        private long[] values = new long[1 << 12];
        private int size;

        void add(long first, long second) {
            if (2 * size + 2 > values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            values[2 * size] = first;
            values[2 * size + 1] = second;
            size++;
        }

        int size() {
            return size;
        }

        long first(int index) {
            return values[2 * index];
        }

        long second(int index) {
            return values[2 * index + 1];
        }
    }
}
