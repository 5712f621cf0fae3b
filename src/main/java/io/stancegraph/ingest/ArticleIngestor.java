package io.stancegraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.Event;
import io.stancegraph.event.EventKind;
import io.stancegraph.ingest.extraction.ArticleText;
import io.stancegraph.ingest.extraction.Extraction;
import io.stancegraph.ingest.extraction.FuzzyDate;
import io.stancegraph.ingest.extraction.StatementExtractor;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;

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
    private final ActorDirectory directory;

    public ArticleIngestor(EntityManager em, ActorDirectory directory) {
        this.em = em;
        this.directory = directory;
    }

    @Transactional
    public IngestResult ingest(ArticleText text, String key, boolean extractAgain) {
        if (text.publishedOn() == null) {
            throw new InvalidInputException("publishedOn is required: dates in the text are resolved against it", "publishedOn");
        }
        if (text.outlet() == null || text.outlet().isBlank()) {
            throw new InvalidInputException("outlet is required", "outlet");
        }
        // Extraction and actor look-ups only read, so concurrent requests run them side by side; storing is
        // serialised below. Actors are never deleted by ingestion, so ids found here stay valid.
        Extraction extraction = extractor.extract(text, directory.registry());
        Map<String, Long> actorIds = ActorLookup.existing(em, ActorLookup.names(extraction));
        em.clear();
        IngestLock.acquire(em);
        String hash = Article.hash(text.body());
        Article article = Article.findByContentHash(hash);
        boolean created = article == null;
        Set<PositionAssessmentWriter.Pair> assessedBefore = Set.of();
        if (created) {
            article = newArticle(text, key, hash);
        } else if (!extractAgain) {
            return new IngestResult(article, false, 0, 0, 0, 0);
        } else {
            assessedBefore = PositionAssessmentWriter.pairsOf(em, article.id);
            em.createNativeQuery("delete from statement where article_id = :article and origin = 'EXTRACTED'")
                    .setParameter("article", article.id).executeUpdate();
        }
        IngestResult result = store(article, text, extraction, actorIds, created);
        PositionAssessmentWriter.reassess(em, article.id, assessedBefore);
        return result;
    }

    private Article newArticle(ArticleText text, String key, String hash) {
        if (key != null && Article.findByKey(key) != null) {
            throw new ConflictException("article key " + key + " is taken by an article with another text", "key");
        }
        if (text.url() != null && Article.count("url", text.url()) > 0) {
            throw new ConflictException("an article with url " + text.url() + " and another text is stored", "url");
        }
        Article article = new Article();
        article.sourceKey = key;
        article.outlet = text.outlet().strip();
        article.url = text.url();
        article.headline = text.headline();
        article.publishedOn = text.publishedOn();
        article.body = text.body();
        article.contentHash = hash;
        article.persist();
        return article;
    }

    private IngestResult store(Article article, ArticleText text, Extraction extraction, Map<String, Long> actorIds,
            boolean created) {
        int actorsCreated = createMissingActors(extraction, actorIds);
        Map<String, Long> eventIds = new HashMap<>();
        int eventsCreated = 0;
        List<Object[]> eventLinks = new ArrayList<>();
        for (io.stancegraph.ingest.extraction.Event found : extraction.events()) {
            LocalDate start = found.date() == null ? null : found.date().date();
            Event event = Event.findByNameAndStart(found.name(), start);
            if (event == null) {
                event = new Event();
                event.name = found.name();
                event.kind = EventKind.valueOf(found.kind().name());
                event.startDate = start;
                event.datePrecision = found.date() == null ? DatePrecision.UNKNOWN : precision(found.date());
                event.location = found.location();
                event.persist();
                eventsCreated++;
            }
            eventIds.put(found.name(), event.id);
            eventLinks.add(new Object[] { event.id, null, article.id });
            for (String participant : found.participants()) {
                Long actorId = actorIds.get(participant);
                if (actorId != null) {
                    eventLinks.add(new Object[] { event.id, actorId, null });
                }
            }
        }
        em.flush();

        @SuppressWarnings("unchecked")
        List<Object[]> curated = em.createNativeQuery(
                "select span_start, span_end from statement where article_id = :article and origin = 'CURATED'")
                .setParameter("article", article.id).getResultList();
        List<io.stancegraph.ingest.extraction.Statement> toStore = new ArrayList<>();
        int skipped = 0;
        Set<String> spans = new HashSet<>();
        for (io.stancegraph.ingest.extraction.Statement found : extraction.statements()) {
            if (found.speakers().isEmpty() || !spans.add(found.start() + ":" + found.end())) {
                continue;
            }
            if (curated.stream().anyMatch(span -> ((Number) span[0]).intValue() < found.end()
                    && found.start() < ((Number) span[1]).intValue())) {
                skipped++;
                continue;
            }
            toStore.add(found);
        }
        Long articleId = article.id;
        em.unwrap(Session.class).doWork(connection -> {
            new ExtractionWriter(connection, directory::knows).write(articleId, text.publishedOn(), toStore, actorIds, eventIds,
                    eventLinks, extraction.actors());
        });
        return new IngestResult(article, created, toStore.size(), skipped, actorsCreated, eventsCreated);
    }

    /** Creates the actors the database did not know when extraction looked, unless another request just did. */
    private int createMissingActors(Extraction extraction, Map<String, Long> actorIds) {
        Map<String, io.stancegraph.ingest.extraction.ActorKind> wanted = new HashMap<>();
        extraction.actors().forEach(mention -> wanted.put(mention.name(), mention.kind()));
        extraction.statements().forEach(statement -> statement.speakers()
                .forEach(speaker -> wanted.putIfAbsent(speaker.name(), speaker.kind())));
        List<String> missing = wanted.keySet().stream().filter(name -> !actorIds.containsKey(name)).sorted().toList();
        if (missing.isEmpty()) {
            return 0;
        }
        actorIds.putAll(ActorLookup.existing(em, missing));
        int created = 0;
        for (String name : missing) {
            if (actorIds.containsKey(name)) {
                continue;
            }
            Actor actor = new Actor();
            actor.canonicalName = name;
            io.stancegraph.ingest.extraction.ActorKind kind = wanted.get(name);
            actor.kind = kind == null ? ActorKind.PERSON : ActorKind.valueOf(kind.name());
            actor.persist();
            actorIds.put(name, actor.id);
            created++;
        }
        return created;
    }

    static DatePrecision precision(FuzzyDate date) {
        return DatePrecision.valueOf(date.precision().name());
    }
}
