package io.stancegraph.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.actor.Post;
import io.stancegraph.actor.Tenure;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.Event;
import io.stancegraph.event.EventKind;
import io.stancegraph.ingest.extraction.ActorMention;
import io.stancegraph.ingest.extraction.ArticleText;
import io.stancegraph.ingest.extraction.Extraction;
import io.stancegraph.ingest.extraction.FuzzyDate;
import io.stancegraph.ingest.extraction.Speaker;
import io.stancegraph.ingest.extraction.StatementExtractor;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrigin;

/**
 * Stores an article and everything the extractor finds in it, in one transaction. Actors are matched by name or
 * alias (and titles through the offices the database knows), events by name and date; what is new is created.
 * The same text is stored once. Extracting an article again replaces extracted statements but never an editor's.
 */
@ApplicationScoped
public class ArticleIngestor {

    private final StatementExtractor extractor = new StatementExtractor();
    private final EntityManager em;

    public ArticleIngestor(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public IngestResult ingest(ArticleText text, String key, boolean extractAgain) {
        if (text.publishedOn() == null) {
            throw new InvalidInputException("publishedOn is required: dates in the text are resolved against it", "publishedOn");
        }
        if (text.outlet() == null || text.outlet().isBlank()) {
            throw new InvalidInputException("outlet is required", "outlet");
        }
        String hash = Article.hash(text.body());
        Article article = Article.findByContentHash(hash);
        boolean created = article == null;
        if (created) {
            article = newArticle(text, key, hash);
        } else if (!extractAgain) {
            return new IngestResult(article, false, 0, 0, 0, 0);
        } else {
            List<Statement> extracted = Statement.list("article = ?1 and origin = ?2", article, StatementOrigin.EXTRACTED);
            extracted.forEach(Statement::delete);
            em.flush();
        }
        Extraction extraction = extractor.extract(text, new DatabaseActorRegistry(em));
        return store(article, text, extraction, created);
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

    private IngestResult store(Article article, ArticleText text, Extraction extraction, boolean created) {
        Resolver actors = new Resolver(extraction);
        Map<String, Event> events = new HashMap<>();
        int eventsCreated = 0;
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
            for (String participant : found.participants()) {
                Actor actor = actors.known(participant);
                if (actor != null) {
                    event.participants.add(actor);
                }
            }
            event.articles.add(article);
            events.put(found.name(), event);
        }

        List<Statement> curated = Statement.list("article = ?1 and origin = ?2", article, StatementOrigin.CURATED);
        int stored = 0;
        int skipped = 0;
        Set<String> spans = new HashSet<>();
        for (io.stancegraph.ingest.extraction.Statement found : extraction.statements()) {
            if (found.speakers().isEmpty() || !spans.add(found.start() + ":" + found.end())) {
                continue;
            }
            if (curated.stream().anyMatch(statement -> overlaps(statement, found))) {
                skipped++;
                continue;
            }
            Statement statement = new Statement();
            statement.article = article;
            statement.kind = StatementKind.valueOf(found.kind().name());
            statement.text = found.text();
            statement.cue = found.cue();
            statement.paragraph = found.paragraph();
            statement.spanStart = found.start();
            statement.spanEnd = found.end();
            if (found.saidOn() != null) {
                statement.saidOn = found.saidOn().date();
                statement.saidOnPrecision = precision(found.saidOn());
            }
            statement.datedOn = statement.saidOn != null ? statement.saidOn : text.publishedOn();
            statement.event = found.event() == null ? null : events.get(found.event());
            statement.medium = found.medium();
            statement.speakerRole = found.speakers().stream().map(Speaker::role).filter(role -> role != null)
                    .findFirst().orElse(null);
            statement.origin = StatementOrigin.EXTRACTED;
            for (Speaker speaker : found.speakers()) {
                statement.speakers.add(actors.resolve(speaker.name(), speaker.kind()));
            }
            statement.persist();
            stored++;
        }
        return new IngestResult(article, created, stored, skipped, actors.created, eventsCreated);
    }

    private static boolean overlaps(Statement curated, io.stancegraph.ingest.extraction.Statement found) {
        return curated.spanStart < found.end() && found.start() < curated.spanEnd;
    }

    private static DatePrecision precision(FuzzyDate date) {
        return DatePrecision.valueOf(date.precision().name());
    }

    /** Turns the extractor's canonical names into stored actors, learning aliases and offices on the way. */
    private final class Resolver {
        private final Map<String, ActorMention> mentions = new HashMap<>();
        private final Map<String, Actor> resolved = new HashMap<>();
        int created;

        Resolver(Extraction extraction) {
            extraction.actors().forEach(mention -> mentions.put(mention.name(), mention));
        }

        /** An actor the article names, created when new; null for a name neither known nor mentioned. */
        Actor known(String name) {
            ActorMention mention = mentions.get(name);
            if (mention != null) {
                return resolve(name, mention.kind());
            }
            return resolved.computeIfAbsent(name, Actor::findByNameOrAlias);
        }

        Actor resolve(String name, io.stancegraph.ingest.extraction.ActorKind kind) {
            Actor actor = resolved.get(name);
            if (actor != null) {
                return actor;
            }
            actor = Actor.findByNameOrAlias(name);
            if (actor == null) {
                actor = new Actor();
                actor.canonicalName = name;
                actor.kind = kind == null ? ActorKind.PERSON : ActorKind.valueOf(kind.name());
                actor.persist();
                created++;
            }
            ActorMention mention = mentions.get(name);
            if (mention != null) {
                learn(actor, mention);
            }
            resolved.put(name, actor);
            return actor;
        }

        private void learn(Actor actor, ActorMention mention) {
            mention.aliases().forEach(actor::addAlias);
            for (io.stancegraph.ingest.extraction.Tenure tenure : mention.tenures()) {
                if (tenure.title() == null || tenure.title().isBlank()) {
                    continue;
                }
                Post post = Post.find("lower(label) = lower(?1) or lower(label) like lower(?2)", tenure.title().strip(),
                        tenure.title().strip() + " of %").firstResult();
                if (post == null) {
                    post = new Post();
                    post.label = tenure.title().strip();
                    post.persist();
                }
                boolean held = Tenure.count("actor = ?1 and post = ?2", actor, post) > 0;
                if (!held) {
                    Tenure office = new Tenure();
                    office.actor = actor;
                    office.post = post;
                    office.startDate = tenure.from();
                    office.endDate = tenure.to();
                    office.persist();
                }
            }
        }
    }
}
