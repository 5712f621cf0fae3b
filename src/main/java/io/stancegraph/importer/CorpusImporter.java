package io.stancegraph.importer;

import java.io.BufferedReader;
import java.io.StringReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorKind;
import io.stancegraph.actor.Post;
import io.stancegraph.actor.Tenure;
import io.stancegraph.article.Article;
import io.stancegraph.event.DatePrecision;
import io.stancegraph.event.Event;
import io.stancegraph.event.EventKind;
import io.stancegraph.importer.ImportRecord.ActorRecord;
import io.stancegraph.importer.ImportRecord.ArticleRecord;
import io.stancegraph.importer.ImportRecord.EventRecord;
import io.stancegraph.importer.ImportRecord.EvidenceRef;
import io.stancegraph.importer.ImportRecord.PositionRecord;
import io.stancegraph.importer.ImportRecord.StatementRecord;
import io.stancegraph.importer.ImportRecord.TenureRecord;
import io.stancegraph.importer.ImportRecord.TopicRecord;
import io.stancegraph.ingest.IngestLock;
import io.stancegraph.platform.DomainException;
import io.stancegraph.platform.ForbiddenException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.Notifications;
import io.stancegraph.position.Position;
import io.stancegraph.position.PositionService;
import io.stancegraph.position.Stance;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementKind;
import io.stancegraph.statement.StatementOrigin;
import io.stancegraph.security.CurrentIdentity;
import io.stancegraph.topic.Topic;

/**
 * Loads the JSON Lines import format: the sample corpus at start and editors' bulk imports. The whole import is
 * one transaction, so a bad line stores nothing; records already stored are left as they are (an open tenure takes
 * the end date a record gives it), so importing the same file twice changes nothing. Editors' positions are signed
 * as the {@link PositionSigner} allows, and stored under the rules {@code setPosition} applies
 * ({@link PositionService#recordEditorPosition}); subscribers hear of the statements and positions an import stores
 * once it commits.
 */
@ApplicationScoped
public class CorpusImporter {

    /** The fields a refused position record names, e.g. {@code line 7.evidence[1]}. */
    private static final PositionService.Fields POSITION_FIELDS = new PositionService.Fields("validFrom", "evidence");

    private final ObjectMapper json;
    private final EntityManager em;
    private final CurrentIdentity caller;
    private final PositionService positions;

    public CorpusImporter(ObjectMapper json, EntityManager em, CurrentIdentity caller, PositionService positions) {
        this.json = json;
        this.em = em;
        this.caller = caller;
        this.positions = positions;
    }

    /** Records sent by the caller of this request, whose own name is the only editor's signature they may carry. */
    @Transactional
    public ImportSummary importFromCaller(String lines) {
        return importLines(new BufferedReader(new StringReader(lines == null ? "" : lines)), PositionSigner.caller(caller));
    }

    @Transactional
    public ImportSummary importLines(BufferedReader lines, PositionSigner signer) {
        IngestLock.acquire(em);
        ImportSummary.Counter counter = new ImportSummary.Counter();
        Session session = new Session(counter, signer);
        int lineNumber = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                counter.line();
                try {
                    session.apply(json.readValue(line, ImportRecord.class));
                    em.flush();
                } catch (JsonProcessingException e) {
                    throw new InvalidInputException("line " + lineNumber + ": not a valid import record: "
                            + e.getOriginalMessage(), "line " + lineNumber);
                } catch (InvalidInputException e) {
                    throw new InvalidInputException("line " + lineNumber + ": " + e.getMessage(), onLine(lineNumber, e));
                } catch (ForbiddenException e) {
                    throw new ForbiddenException("line " + lineNumber + ": " + e.getMessage(), onLine(lineNumber, e));
                } catch (ConstraintViolationException e) {
                    throw new InvalidInputException("line " + lineNumber + ": " + e.getConstraintViolations().stream()
                            .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                            .sorted().toList(), "line " + lineNumber);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        session.finish();
        return counter.summary();
    }

    /** The field of a refused line, e.g. {@code line 3.assessor}; the line alone when no field is to blame. */
    private static String onLine(int lineNumber, DomainException refusal) {
        return "line " + lineNumber + (refusal.field() == null || refusal.field().isEmpty() ? "" : "." + refusal.field());
    }

    /** Look-ups by natural key, remembered for the length of one import. */
    private final class Session {
        private final ImportSummary.Counter counter;
        private final PositionSigner signer;
        private final Map<String, Topic> topics = new HashMap<>();
        private final Map<String, Actor> actors = new HashMap<>();
        private final Map<String, Article> articles = new HashMap<>();
        private final Map<String, Event> events = new HashMap<>();
        private final Map<Post, String> postOrganizations = new HashMap<>();
        private final List<Position> written = new ArrayList<>();
        private final List<Statement> statementsWritten = new ArrayList<>();

        Session(ImportSummary.Counter counter, PositionSigner signer) {
            this.counter = counter;
            this.signer = signer;
        }

        void finish() {
            postOrganizations.forEach((post, organization) -> post.organization = findActor(organization));
            // Subscribers hear of the statements and positions once the import commits, as they do of an ingested
            // article's statements and of setPosition's positions.
            if (!statementsWritten.isEmpty()) {
                em.flush();
                Notifications.publish(em, Notifications.STATEMENT_ADDED, statementsWritten.stream().map(st -> st.id).toList());
            }
            positions.announce(written);
        }

        void apply(ImportRecord record) {
            if (record instanceof TopicRecord topic) {
                topic(topic);
            } else if (record instanceof ActorRecord actor) {
                actor(actor);
            } else if (record instanceof ArticleRecord article) {
                article(article);
            } else if (record instanceof EventRecord event) {
                event(event);
            } else if (record instanceof StatementRecord statement) {
                statement(statement);
            } else if (record instanceof PositionRecord position) {
                position(position);
            }
        }

        private void topic(TopicRecord record) {
            String slug = required(record.slug(), "slug");
            Topic topic = Topic.findBySlug(slug);
            if (topic == null) {
                topic = new Topic();
                topic.slug = slug;
                topic.name = required(record.name(), "name");
                topic.description = record.description();
                if (record.keywords() != null) {
                    topic.keywords.addAll(record.keywords());
                }
                claims(topic, record);
                topic.persist();
                counter.created("topic");
            } else {
                if (topic.proClaims.isEmpty() && topic.conClaims.isEmpty()) {
                    // A topic stored before topics carried claims gets them from the file; claims an editor wrote stay.
                    claims(topic, record);
                }
                counter.unchanged();
            }
            topics.put(slug, topic);
        }

        /** Copies the record's claims onto the topic. */
        private static void claims(Topic topic, TopicRecord record) {
            if (record.proClaims() != null) {
                topic.proClaims.addAll(record.proClaims());
            }
            if (record.conClaims() != null) {
                topic.conClaims.addAll(record.conClaims());
            }
        }

        private void actor(ActorRecord record) {
            String name = required(record.name(), "name");
            ActorKind kind = enumValue(ActorKind.class, required(record.kind(), "kind"), "kind");
            Actor actor = Actor.findByNameAndKind(name, kind);
            boolean changed = false;
            if (actor == null) {
                actor = new Actor();
                actor.canonicalName = name.strip();
                actor.kind = kind;
                actor.country = record.country();
                actor.wikidataId = record.wikidataId();
                actor.persist();
                changed = true;
            }
            for (String alias : record.aliases() == null ? List.<String>of() : record.aliases()) {
                changed |= actor.addAlias(alias);
            }
            actors.put(actor.canonicalName, actor);
            for (TenureRecord tenure : record.tenures() == null ? List.<TenureRecord>of() : record.tenures()) {
                changed |= tenure(actor, tenure);
            }
            if (changed) {
                counter.created("actor");
            } else {
                counter.unchanged();
            }
        }

        private boolean tenure(Actor actor, TenureRecord record) {
            String label = required(record.post(), "tenures.post");
            Post post = Post.findByLabel(label);
            if (post == null) {
                post = new Post();
                post.label = label.strip();
                post.persist();
                if (record.organization() != null) {
                    // The organisation may come later in the file; it is linked when the import ends.
                    postOrganizations.put(post, record.organization());
                }
            }
            if (record.from() != null && record.to() != null && record.to().isBefore(record.from())) {
                throw new InvalidInputException("tenures.to is before tenures.from", "tenures.to");
            }
            Tenure known = Tenure.find("actor = ?1 and post = ?2 and "
                    + (record.from() == null ? "startDate is null" : "startDate = ?3"),
                    record.from() == null ? new Object[] { actor, post } : new Object[] { actor, post, record.from() })
                    .firstResult();
            if (known != null) {
                return endTenure(known, record.to());
            }
            Tenure tenure = new Tenure();
            tenure.actor = actor;
            tenure.post = post;
            tenure.startDate = record.from();
            tenure.endDate = record.to();
            tenure.persist();
            return true;
        }

        /**
         * A stored tenure and a record's end date: an open tenure ends then (the holder left office); an end date
         * already stored is an editor's to change ({@code setActorOffice}), not a file's.
         */
        private static boolean endTenure(Tenure tenure, LocalDate to) {
            if (to == null || to.equals(tenure.endDate)) {
                return false;
            }
            if (tenure.endDate != null) {
                throw new InvalidInputException("tenures.to differs from the stored end of this tenure (" + tenure.endDate
                        + "); an editor changes a recorded end with setActorOffice", "tenures.to");
            }
            tenure.endDate = to;
            return true;
        }

        private void article(ArticleRecord record) {
            String body = required(record.body(), "body");
            String hash = Article.hash(body);
            Article article = Article.findByContentHash(hash);
            if (article == null && record.key() != null && Article.findByKey(record.key()) != null) {
                throw new InvalidInputException("article key " + record.key() + " is taken by an article with another body", "key");
            }
            if (article == null) {
                article = new Article();
                article.sourceKey = record.key();
                article.outlet = required(record.outlet(), "outlet");
                article.url = record.url();
                article.headline = record.headline();
                article.publishedOn = Article.checkPublishedOn(required(record.publishedOn(), "publishedOn"), "publishedOn");
                article.body = body;
                article.contentHash = hash;
                article.persist();
                counter.created("article");
            } else {
                counter.unchanged();
            }
            articles.put(record.key() != null ? record.key() : hash, article);
        }

        private void event(EventRecord record) {
            String name = required(record.name(), "name");
            Event event = Event.findByNameAndStart(name, record.start());
            boolean changed = false;
            if (event == null) {
                event = new Event();
                event.name = name.strip();
                event.kind = enumValue(EventKind.class, required(record.kind(), "kind"), "kind");
                event.startDate = record.start();
                event.endDate = record.end();
                event.datePrecision = record.start() == null ? DatePrecision.UNKNOWN
                        : record.precision() == null ? DatePrecision.DAY
                        : enumValue(DatePrecision.class, record.precision(), "precision");
                event.location = record.location();
                event.persist();
                changed = true;
            }
            for (String participant : record.participants() == null ? List.<String>of() : record.participants()) {
                changed |= event.participants.add(findActor(participant));
            }
            for (String articleKey : record.articles() == null ? List.<String>of() : record.articles()) {
                changed |= event.articles.add(findArticle(articleKey));
            }
            events.put(event.name, event);
            if (changed) {
                counter.created("event");
            } else {
                counter.unchanged();
            }
        }

        private void statement(StatementRecord record) {
            Article article = findArticle(required(record.article(), "article"));
            int[] span = span(record.span(), "span");
            String text = required(record.text(), "text");
            if (span[1] > article.body.length() || !article.body.substring(span[0], span[1]).equals(text)) {
                throw new InvalidInputException("span [" + span[0] + ", " + span[1] + ") of article " + record.article()
                        + " does not hold the statement's text", "span");
            }
            if (Statement.findBySpan(article, span[0], span[1]) != null) {
                counter.unchanged();
                return;
            }
            Statement statement = new Statement();
            statement.article = article;
            statement.kind = enumValue(StatementKind.class, required(record.kind(), "kind"), "kind");
            statement.text = text;
            statement.cue = required(record.cue(), "cue");
            statement.paragraph = record.paragraph() != null ? record.paragraph() : paragraphOf(article.body, span[0]);
            statement.spanStart = span[0];
            statement.spanEnd = span[1];
            statement.saidOn = record.saidOn();
            statement.saidOnPrecision = record.saidOn() == null ? null
                    : record.saidOnPrecision() == null ? DatePrecision.DAY
                    : enumValue(DatePrecision.class, record.saidOnPrecision(), "saidOnPrecision");
            statement.datedOn = record.saidOn() != null ? record.saidOn() : article.publishedOn;
            statement.event = record.event() == null ? null : findEvent(record.event());
            statement.medium = record.medium();
            statement.speakerRole = record.speakerRole();
            statement.origin = StatementOrigin.CURATED;
            List<String> speakers = record.speakers();
            if (speakers == null || speakers.isEmpty()) {
                throw new InvalidInputException("a statement needs at least one speaker", "speakers");
            }
            speakers.forEach(speaker -> statement.speakers.add(findActor(speaker)));
            for (String slug : record.topics() == null ? List.<String>of() : record.topics()) {
                statement.topics.add(findTopic(slug));
            }
            statement.persist();
            statementsWritten.add(statement);
            counter.created("statement");
        }

        private void position(PositionRecord record) {
            Actor actor = findActor(required(record.actor(), "actor"));
            Topic topic = findTopic(required(record.topic(), "topic"));
            Stance stance = enumValue(Stance.class, required(record.stance(), "stance"), "stance");
            LocalDate validFrom = required(record.validFrom(), "validFrom");
            String assessor = signer.sign(required(record.assessor(), "assessor").strip());
            long known = Position.count("actor = ?1 and topic = ?2 and validFrom = ?3 and stance = ?4 and assessor = ?5",
                    actor, topic, validFrom, stance, assessor);
            if (known > 0) {
                counter.unchanged();
                return;
            }
            Position position = new Position();
            position.actor = actor;
            position.topic = topic;
            position.stance = stance;
            position.validFrom = validFrom;
            position.assessor = assessor;
            position.confidence = required(record.confidence(), "confidence");
            position.note = record.note();
            List<Statement> evidence = new ArrayList<>();
            List<EvidenceRef> refs = record.evidence() == null ? List.of() : record.evidence();
            for (int i = 0; i < refs.size(); i++) {
                String field = POSITION_FIELDS.evidence(i);
                EvidenceRef ref = required(refs.get(i), field);
                Article article = findArticle(required(ref.article(), field + ".article"));
                int[] span = span(ref.span(), field + ".span");
                Statement statement = Statement.findBySpan(article, span[0], span[1]);
                if (statement == null) {
                    throw new InvalidInputException("no statement at span [" + span[0] + ", " + span[1]
                            + ") of article " + ref.article(), field);
                }
                evidence.add(statement);
            }
            if (assessor.startsWith(Position.EDITOR_PREFIX)) {
                // Published as confirmed: the rules setPosition applies, in the same code.
                positions.recordEditorPosition(position, evidence, POSITION_FIELDS);
            } else {
                positions.recordSuggestion(position, evidence, POSITION_FIELDS);
            }
            written.add(position);
            counter.created("position");
        }

        private Topic findTopic(String slug) {
            return found(topics.computeIfAbsent(slug, Topic::findBySlug), "topic", slug, "topics");
        }

        private Actor findActor(String name) {
            return actors.computeIfAbsent(name, key -> only(Actor.list("canonicalName", key), "actor", key, ""));
        }

        private Article findArticle(String key) {
            return found(articles.computeIfAbsent(key, Article::findByKey), "article", key, "article");
        }

        private Event findEvent(String name) {
            return events.computeIfAbsent(name,
                    key -> only(Event.list("name", key), "event", key, "; import the event record first"));
        }
    }

    /** A record a line refers to by its key, or the line is refused. Lookups that find nothing are not cached. */
    private static <T> T found(T record, String type, String key, String field) {
        if (record == null) {
            throw new InvalidInputException("unknown " + type + " " + key, field);
        }
        return record;
    }

    /** The one record of this name, or the line is refused; {@code hint} says what to do when several share it. */
    private static <T> T only(List<T> named, String type, String name, String hint) {
        if (named.size() != 1) {
            throw new InvalidInputException(named.isEmpty() ? "unknown " + type + " " + name
                    : type + " name " + name + " is ambiguous" + hint, type);
        }
        return named.get(0);
    }

    static int paragraphOf(String body, int offset) {
        int paragraph = 0;
        int at = body.indexOf(Article.PARAGRAPH_SEPARATOR);
        while (at >= 0 && at < offset) {
            paragraph++;
            at = body.indexOf(Article.PARAGRAPH_SEPARATOR, at + Article.PARAGRAPH_SEPARATOR.length());
        }
        return paragraph;
    }

    private static int[] span(List<Integer> span, String field) {
        if (span == null || span.size() != 2 || span.get(0) == null || span.get(1) == null || span.get(0) < 0
                || span.get(1) <= span.get(0)) {
            throw new InvalidInputException(field + " must be [start, end) with 0 <= start < end", field);
        }
        return new int[] { span.get(0), span.get(1) };
    }

    private static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(field + " is required", field);
        }
        return value;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field + " must be one of " + List.of(type.getEnumConstants()), field);
        }
    }
}
