package io.stancegraph.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.platform.Notifications;

import org.hibernate.Session;

import io.stancegraph.article.Article;
import io.stancegraph.extraction.ActorNameCleanup;
import io.stancegraph.extraction.ArticleText;
import io.stancegraph.extraction.Extraction;
import io.stancegraph.extraction.StatementExtractor;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.position.PositionSettings;

/**
 * Stores an article and everything the extractor finds in it, in one transaction. Actors are matched by name or
 * alias (and titles through the offices the database knows), events by name and date; what is new is created.
 * The same text is stored once. Extracting an article again replaces extracted statements but never an editor's.
 * Then the extractor's positions of every actor and topic the article touches are assessed again.
 */
@ApplicationScoped
public class ArticleIngestor {

    private final StatementExtractor extractor = new StatementExtractor();
    private final EntityManager em;
    private final PositionSettings positions;
    private final ActorDirectory directory;
    private final IngestMetrics metrics;

    public ArticleIngestor(EntityManager em, ActorDirectory directory, IngestMetrics metrics, PositionSettings positions) {
        this.em = em;
        this.positions = positions;
        this.directory = directory;
        this.metrics = metrics;
    }

    @Transactional
    public IngestResult ingest(ArticleText text, String key, boolean extractAgain) {
        long started = System.nanoTime();
        IngestResult result = store(text, key, extractAgain);
        metrics.recorded(result, System.nanoTime() - started);
        return result;
    }

    private IngestResult store(ArticleText text, String key, boolean extractAgain) {
        if (text.publishedOn() == null) {
            throw new InvalidInputException("publishedOn is required: dates in the text are resolved against it", "publishedOn");
        }
        Article.checkPublishedOn(text.publishedOn(), "publishedOn");
        if (text.outlet() == null || text.outlet().isBlank()) {
            throw new InvalidInputException("outlet is required", "outlet");
        }
        // Extraction and actor look-ups only read, so concurrent requests run them side by side. Actors are never
        // deleted by ingestion, so ids found here stay valid.
        Extraction extraction = ActorNameCleanup.tidy(extractor.extract(text, directory.registry()));
        String hash = Article.hash(text.body());
        // Pairs (actor, topic) whose statements in this article a re-extraction may remove.
        Set<PositionAssessmentWriter.Pair> assessedBefore = new HashSet<>();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            ExtractionWriter writer = new ExtractionWriter(connection, directory);
            Map<String, Long> actorIds = ActorLookup.existing(connection, ActorLookup.names(extraction));
            // Another spelling of a stored actor ("Zelenskiy" for "Zelensky") is that actor, and becomes its alias.
            actorIds.putAll(directory.sameActors(ExtractionWriter.missingActors(extraction, actorIds)));
            Map<String, io.stancegraph.extraction.ActorKind> missing = ExtractionWriter.missingActors(extraction, actorIds);
            Set<String> keys = writer.keysToLock(extraction, actorIds, missing.keySet());
            if (extractAgain) {
                // Two extractions of one article at a time would both replace the same statements.
                keys.add("article:" + hash);
            }
            IngestLock.share(connection, keys);
            Article article = insertArticle(connection, text, key, hash);
            boolean created = article != null;
            if (!created) {
                article = Article.findByContentHash(hash);
                if (article == null) {
                    throw conflict(text, key);
                }
                recordOtherPublication(connection, article, text);
                if (!extractAgain) {
                    return new IngestResult(article, false, 0, 0, 0, 0);
                }
                assessedBefore.addAll(PositionAssessmentWriter.pairsOf(connection, article.id));
                try (PreparedStatement delete = connection.prepareStatement(
                        "delete from statement where article_id = ? and origin = 'EXTRACTED'")) {
                    delete.setLong(1, article.id);
                    delete.executeUpdate();
                }
            }
            IngestResult result = store(connection, writer, article, text, extraction, actorIds, missing, created);
            PositionAssessmentWriter.reassess(connection, positions, article.id, assessedBefore);
            if (result.statementsExtracted() > 0) {
                Notifications.publish(connection, Notifications.STATEMENT_ADDED, extractedStatements(connection, article.id));
            }
            return result;
        });
    }

    /** The ids of the article's extracted statements, as this transaction stored them. */
    private static List<Long> extractedStatements(Connection connection, long articleId) throws SQLException {
        List<Long> ids = new java.util.ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id from statement where article_id = ? and origin = 'EXTRACTED' order by id")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    /** The new article, or null when one with the same text, key or url is stored. */
    private static Article insertArticle(Connection connection, ArticleText text, String key, String hash)
            throws SQLException {
        Article article = new Article();
        article.sourceKey = key;
        article.outlet = text.outlet().strip();
        article.url = text.url();
        article.headline = text.headline();
        article.publishedOn = text.publishedOn();
        article.body = text.body();
        article.contentHash = hash;
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into article (source_key, outlet, url, headline, published_on, body, content_hash)
                values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id, ingested_at""")) {
            insert.setString(1, article.sourceKey);
            insert.setString(2, article.outlet);
            insert.setString(3, article.url);
            insert.setString(4, article.headline);
            insert.setObject(5, article.publishedOn);
            insert.setString(6, article.body);
            insert.setString(7, article.contentHash);
            try (ResultSet row = insert.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                article.id = row.getLong(1);
                article.ingestedAt = row.getObject(2, OffsetDateTime.class).toInstant();
            }
        }
        return article;
    }

    /**
     * The same text from another outlet (wire copy) is stored once; the outlet is kept beside it, so that a reader
     * sees every outlet that reported its statements.
     */
    private static void recordOtherPublication(Connection connection, Article article, ArticleText text)
            throws SQLException {
        String outlet = text.outlet().strip();
        if (outlet.equalsIgnoreCase(article.outlet)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into article_publication (article_id, outlet, url, published_on) values (?, ?, ?, ?)
                on conflict do nothing""")) {
            insert.setLong(1, article.id);
            insert.setString(2, outlet);
            insert.setString(3, text.url());
            insert.setObject(4, text.publishedOn());
            insert.executeUpdate();
        }
    }

    private static ConflictException conflict(ArticleText text, String key) {
        if (key != null && Article.findByKey(key) != null) {
            return new ConflictException("The key is taken by an article with another text", "key");
        }
        return new ConflictException("An article with another text is stored under this url", "url");
    }

    private IngestResult store(Connection connection, ExtractionWriter writer, Article article, ArticleText text,
            Extraction extraction, Map<String, Long> actorIds,
            Map<String, io.stancegraph.extraction.ActorKind> missing, boolean created) throws SQLException {
        int actorsCreated = writer.createActors(missing, actorIds);
        ExtractionWriter.Events events = writer.events(extraction.events());

        List<int[]> curated = created ? List.of() : curatedSpans(connection, article.id);
        List<io.stancegraph.extraction.ExtractedStatement> toStore = new ArrayList<>();
        int skipped = 0;
        Set<String> spans = new HashSet<>();
        for (io.stancegraph.extraction.ExtractedStatement found : extraction.statements()) {
            // a statement whose speaker was not found is left out; one by someone described but unnamed is kept
            boolean speakerKnown = !found.speakers().isEmpty() || found.byNobodyNamed();
            if (!speakerKnown || !spans.add(found.start() + ":" + found.end())) {
                continue;
            }
            if (curated.stream().anyMatch(span -> span[0] < found.end() && found.start() < span[1])) {
                skipped++;
                continue;
            }
            toStore.add(found);
        }
        writer.write(article.id, text.publishedOn(), toStore, actorIds, extraction.events(), events.ids(),
                extraction.actors());
        return new IngestResult(article, created, toStore.size(), skipped, actorsCreated, events.created());
    }

    /** Spans of the statements an editor made or corrected: extraction leaves them alone. */
    private static List<int[]> curatedSpans(Connection connection, long articleId) throws SQLException {
        List<int[]> spans = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select span_start, span_end from statement where article_id = ? and origin = 'CURATED'")) {
            select.setLong(1, articleId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    spans.add(new int[] { rows.getInt(1), rows.getInt(2) });
                }
            }
        }
        return spans;
    }
}
