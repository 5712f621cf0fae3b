package io.stancegraph.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.stancegraph.platform.Notifications;

import io.stancegraph.actor.Actor;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.platform.StoredEntity;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementOrigin;
import io.stancegraph.topic.Topic;

@ApplicationScoped
public class PositionService {

    /** That the position {@code p} is current, in JPQL, as {@link CurrentPositionViews#view} says. */
    static String current(String assessor, boolean includeSuggested) {
        return "exists (select 1 from " + CurrentPositionViews.entity(assessor, includeSuggested)
                + " c where c.id = p.id)";
    }

    /** That the position {@code p} is visible, in JPQL: published, or with suggestions everything not rejected. */
    static String visible(boolean includeSuggested) {
        return includeSuggested ? "p.reviewState <> io.stancegraph.position.ReviewState.REJECTED" : "p.published = true";
    }

    private final EntityManager em;

    public PositionService(EntityManager em) {
        this.em = em;
    }

    /** Subscribers of every replica hear of the positions once the transaction commits. */
    public void announce(Collection<Position> positions) {
        em.flush();
        Notifications.publish(em, Notifications.POSITION_CHANGED, positions.stream().map(p -> p.id).toList());
    }

    /**
     * The positions with these ids that are about the topic and the actor (when given) and visible (published, or
     * with suggestions everything not rejected), in the order of their ids.
     */
    @Transactional
    public List<Position> changed(List<Long> ids, String topic, Long actor, boolean includeSuggested) {
        TypedQuery<Position> query = em.createQuery("select p from Position p join fetch p.topic t join fetch p.actor a where p.id in :ids and "
                + visible(includeSuggested) + (topic == null ? "" : " and t.slug = :topic")
                + (actor == null ? "" : " and a.id = :actor") + " order by p.id", Position.class)
                .setParameter("ids", ids);
        bindReviewQueue(query, topic, actor);
        return query.getResultList();
    }

    /** The positions that meet the filter, by topic, actor and latest first. */
    public Listing<Position> list(PositionFilter filter) {
        return Listing.of(page -> page(filter, page), () -> count(filter));
    }

    private Page<Position> page(PositionFilter filter, PageRequest page) {
        TypedQuery<Position> query = em.createQuery("select p from Position p join p.topic t join p.actor a where "
                + where(filter) + " order by t.slug, a.canonicalName, p.validFrom desc, p.id desc", Position.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        bind(query, filter);
        return Page.of(query.getResultList(), page);
    }

    private long count(PositionFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Position p where " + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /**
     * Each topic's positions, by actor and latest first: only each actor's current one, when {@code currentOnly};
     * only those of the stance and the assessor, when given.
     */
    public List<List<Position>> ofTopics(List<Topic> topics, boolean currentOnly, Stance stance, String assessor,
            boolean includeSuggested) {
        return positionsOf(topics, "select p.topic.id, p from Position p join p.actor a where p.topic.id in :ids",
                "p.stance", stance, currentOnly, assessor, includeSuggested, "a.canonicalName, p.validFrom desc, p.id desc");
    }

    /**
     * Each actor's positions, by topic and latest first: only the current one per topic, when {@code currentOnly};
     * only those on the topic with this slug and of the assessor, when given.
     */
    public List<List<Position>> ofActors(List<Actor> actors, String topic, boolean currentOnly, String assessor,
            boolean includeSuggested) {
        return positionsOf(actors, "select p.actor.id, p from Position p join p.topic t where p.actor.id in :ids",
                "t.slug", topic, currentOnly, assessor, includeSuggested, "t.slug, p.validFrom desc, p.id desc");
    }

    /**
     * The positions of each parent, from a query selecting (parent id, position) pairs of the parents {@code :ids};
     * the value at {@code path} and the assessor must be those given, when they are.
     */
    private <P extends StoredEntity> List<List<Position>> positionsOf(List<P> parents, String select, String path,
            Object value, boolean currentOnly, String assessor, boolean includeSuggested, String orderBy) {
        StringBuilder jpql = new StringBuilder(select).append(" and ").append(currentOnly
                ? current(assessor, includeSuggested) : visible(includeSuggested));
        Map<String, Object> conditions = new LinkedHashMap<>();
        conditions.put(path, value);
        conditions.put("p.assessor", assessor);
        Map<String, Object> parameters = new LinkedHashMap<>();
        conditions.forEach((condition, given) -> {
            if (given != null) {
                String name = "value" + parameters.size();
                jpql.append(" and ").append(condition).append(" = :").append(name);
                parameters.put(name, given);
            }
        });
        var query = em.createQuery(jpql + " order by " + orderBy, Object[].class);
        parameters.forEach(query::setParameter);
        return Batches.children(query, parents);
    }

    /** Whose stance each position is. */
    public List<Actor> actors(List<Position> positions) {
        return Batches.linked(em, Actor.class, positions, Position::actorKey);
    }

    /** The topic each position is on. */
    public List<Topic> topics(List<Position> positions) {
        return Batches.linked(em, Topic.class, positions, Position::topicKey);
    }

    /**
     * Records a stance as a new row, so the actor's earlier stances stay in the history. The evidence statements
     * become curated, so extracting their article again cannot take them away from the position.
     */
    @Transactional
    public Position set(PositionInput input, String editorName) {
        // The assessor is the identity that made the request, never a name the request gives.
        String assessor = Position.EDITOR_PREFIX + editorName;
        Actor actor = NotFoundException.unlessFound(Actor.findById(input.actorId()), "Actor", input.actorId(),
                "input.actorId");
        Topic topic = NotFoundException.unlessFound(Topic.findBySlug(input.topic()), "Topic", input.topic(), "input.topic");
        List<Statement> evidence = new ArrayList<>();
        for (Long statementId : input.evidenceStatementIds()) {
            evidence.add(NotFoundException.unlessFound(Statement.findById(statementId), "Statement", statementId,
                    Fields.INPUT.evidence(evidence.size())));
        }
        Position position = new Position();
        position.actor = actor;
        position.topic = topic;
        position.stance = input.stance();
        position.validFrom = input.validFrom();
        position.assessor = assessor;
        position.confidence = input.confidence();
        position.note = input.note();
        recordEditorPosition(position, evidence, Fields.INPUT);
        announce(List.of(position));
        return position;
    }

    /**
     * Where a refusal of an editor's position points: the fields of {@code setPosition}'s input, or of an import's
     * position record; {@link #evidence(int)} names one evidence statement by its index in the list given.
     */
    public record Fields(String validFrom, String evidence) {

        static final Fields INPUT = new Fields("input.validFrom", "input.evidenceStatementIds");

        public String evidence(int index) {
            return evidence + "[" + index + "]";
        }
    }

    /**
     * Stores an editor's position (its assessor {@code editor:<name>}) however it comes in, {@code setPosition} or an
     * import, under the same rules: evidence the actor said about the topic, and a {@code validFrom} the evidence
     * bears out. The evidence becomes curated and the position confirmed. Callers announce it ({@link #announce(Collection)}).
     */
    @Transactional
    public void recordEditorPosition(Position position, List<Statement> evidence, Fields fields) {
        checkEvidence(position.actor, position.topic, evidence, fields);
        checkValidFrom(position.validFrom, evidence, fields.validFrom());
        evidence.forEach(statement -> statement.origin = StatementOrigin.CURATED);
        position.evidence.addAll(evidence);
        position.confirmBy(position.assessor, null);
        position.persist();
    }

    /**
     * Stores a suggestion an import brings (signed by anyone but an editor): it waits for review, but rests on evidence
     * under the rules an editor's position meets, so a reviewer is never shown another speaker's words, or words on
     * another topic, as the actor's stance. Callers announce it ({@link #announce(Collection)}).
     */
    @Transactional
    public void recordSuggestion(Position position, List<Statement> evidence, Fields fields) {
        checkEvidence(position.actor, position.topic, evidence, fields);
        checkValidFrom(position.validFrom, evidence, fields.validFrom());
        position.evidence.addAll(evidence);
        position.persist();
    }

    /**
     * An editor's stance rests on the actor's own statements about the topic: those the topic lists among its
     * statements (tagged with it at ingestion, by an editor or by an import), whose stance on it is read.
     */
    private static void checkEvidence(Actor actor, Topic topic, List<Statement> evidence, Fields fields) {
        if (evidence.isEmpty()) {
            throw new InvalidInputException(fields.evidence() + " needs at least one evidence statement", fields.evidence());
        }
        for (int i = 0; i < evidence.size(); i++) {
            Statement statement = evidence.get(i);
            if (!statement.speakers.contains(actor)) {
                throw new InvalidInputException("Statement " + statement.id + " was not made by " + actor.canonicalName
                        + "; evidence must be the actor's own statements", fields.evidence(i));
            }
            if (!statement.topics.contains(topic)) {
                throw new InvalidInputException("Statement " + statement.id + " is not about " + topic.slug
                        + " (not among the topic's statements); cite statements about the topic, or tag this one with it "
                        + "first (tagStatementTopics)", fields.evidence(i));
            }
        }
    }

    /**
     * A stance cannot hold before anything shows it, nor from a day still to come: the current-only views would serve
     * a future stance as today's. A statement's date is {@code datedOn} (when said, else when published).
     */
    private static void checkValidFrom(LocalDate validFrom, Collection<Statement> evidence, String field) {
        if (validFrom.isAfter(LocalDate.now())) {
            throw new InvalidInputException("validFrom is in the future; a stance holds from a day that has come", field);
        }
        LocalDate earliest = evidence.stream().map(statement -> statement.datedOn).min(LocalDate::compareTo).orElse(validFrom);
        if (validFrom.isBefore(earliest)) {
            throw new InvalidInputException("validFrom is before the earliest evidence statement (" + earliest
                    + "); a stance holds from the first statement that shows it", field);
        }
    }

    /**
     * The extractor's suggestions awaiting review: first those published unreviewed (readers see them now), then by
     * confidence, highest first; among equals, those that would become a pair's current stance if confirmed first.
     */
    public Listing<Position> reviewQueue(String topic, Long actor) {
        return Listing.of(page -> reviewQueuePage(topic, actor, page), () -> reviewQueueCount(topic, actor));
    }

    private Page<Position> reviewQueuePage(String topic, Long actor, PageRequest page) {
        TypedQuery<Position> query = em.createQuery("select p from Position p join p.topic t where "
                + reviewQueueWhere(topic, actor) + " order by p.published desc, p.confidence desc, case when "
                + current(null, true) + " then 0 else 1 end, p.id", Position.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        bindReviewQueue(query, topic, actor);
        return Page.of(query.getResultList(), page);
    }

    private long reviewQueueCount(String topic, Long actor) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Position p join p.topic t where "
                + reviewQueueWhere(topic, actor), Long.class);
        bindReviewQueue(query, topic, actor);
        return query.getSingleResult();
    }

    private static String reviewQueueWhere(String topic, Long actor) {
        return "p.reviewState = io.stancegraph.position.ReviewState.SUGGESTED"
                + (topic == null ? "" : " and t.slug = :topic") + (actor == null ? "" : " and p.actor.id = :actor");
    }

    private static void bindReviewQueue(TypedQuery<?> query, String topic, Long actor) {
        if (topic != null) {
            query.setParameter("topic", topic);
        }
        if (actor != null) {
            query.setParameter("actor", actor);
        }
    }

    /**
     * An editor confirms the extractor's position: it is published and takes precedence over suggestions. Its
     * evidence statements become curated, so extracting their article again keeps them.
     */
    @Transactional
    public Position confirm(long id, String note, String editorName) {
        return review(id, position -> {
            position.evidence.forEach(statement -> statement.origin = StatementOrigin.CURATED);
            position.confirmBy(Position.EDITOR_PREFIX + editorName, note);
        });
    }

    /** An editor rejects the extractor's position: hidden from every default view, never suggested again on the same evidence. */
    @Transactional
    public Position reject(long id, String note, String editorName) {
        return review(id, position -> position.rejectBy(Position.EDITOR_PREFIX + editorName, note));
    }

    /** An editor's verdict on the extractor's position with this id, which subscribers then hear of. */
    private Position review(long id, Consumer<Position> verdict) {
        Position position = suggestion(id);
        verdict.accept(position);
        announce(List.of(position));
        return position;
    }

    /**
     * An editor reads another stance in the suggestion's evidence: the suggestion is rejected, and the editor's
     * position recorded on the same evidence, which becomes curated.
     */
    @Transactional
    public Position correct(long id, PositionCorrection correction, String editorName) {
        Position suggestion = suggestion(id);
        if (correction.validFrom() != null) {
            checkValidFrom(correction.validFrom(), suggestion.evidence, Fields.INPUT.validFrom());
        }
        String editor = Position.EDITOR_PREFIX + editorName;
        suggestion.rejectBy(editor, correction.note() == null ? "corrected to " + correction.stance() : correction.note());
        Position position = new Position();
        position.actor = suggestion.actor;
        position.topic = suggestion.topic;
        position.stance = correction.stance();
        position.validFrom = correction.validFrom() == null ? suggestion.validFrom : correction.validFrom();
        position.assessor = editor;
        position.confidence = correction.confidence() == null ? 1.0 : correction.confidence();
        position.note = correction.note();
        suggestion.evidence.forEach(statement -> statement.origin = StatementOrigin.CURATED);
        position.evidence.addAll(suggestion.evidence);
        position.confirmBy(editor, correction.note());
        position.persist();
        announce(List.of(suggestion, position));
        return position;
    }

    /**
     * After an editor gave a statement to other speakers or took a topic off it, the positions of these actors that
     * cite it lose it: evidence is the actor's own statements on the topic. What they showed may no longer hold, so
     * a confirmed extractor position goes back to review (the extractor suggests again from what is left), and an
     * editor's position left with no evidence is withdrawn, signed by the editor who made the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void dropEvidenceNotTheirs(Collection<Long> actorIds, String editorName) {
        List<Object[]> cited = em.createQuery("""
                select p, s from Position p join p.evidence s
                where p.actor.id in :actors and p.reviewState <> io.stancegraph.position.ReviewState.REJECTED
                  and (p.actor not member of s.speakers or p.topic not member of s.topics)
                order by p.id, s.id""", Object[].class).setParameter("actors", actorIds).getResultList();
        Map<Position, List<Statement>> lost = new LinkedHashMap<>();
        cited.forEach(row -> lost.computeIfAbsent((Position) row[0], p -> new ArrayList<>()).add((Statement) row[1]));
        String editor = Position.EDITOR_PREFIX + editorName;
        lost.forEach((position, statements) -> {
            position.evidence.removeAll(statements);
            position.rememberEvidenceSpans();
            String reason = "evidence no longer the actor's own statement on the topic: statement "
                    + statements.stream().map(statement -> String.valueOf(statement.id)).collect(Collectors.joining(", "));
            if (Position.EXTRACTOR.equals(position.assessor)) {
                position.backToReview(reason);
            } else if (position.evidence.isEmpty()) {
                position.rejectBy(editor, "withdrawn, " + reason);
            }
        });
        if (!lost.isEmpty()) {
            announce(lost.keySet());
        }
    }

    /** The extractor's position with this id, which editors review; an editor's own is changed with setPosition. */
    private static Position suggestion(long id) {
        Position position = NotFoundException.unlessFound(Position.findById(id), "Position", id, "id");
        if (!Position.EXTRACTOR.equals(position.assessor)) {
            throw new InvalidInputException("Position " + id + " was recorded by " + position.assessor
                    + "; only the extractor's suggestions are reviewed (record a new stance with setPosition)", "id");
        }
        return position;
    }

    private static String where(PositionFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (filter == null || filter.reviewState() != ReviewState.REJECTED) {
            clauses.add(visible(filter != null && filter.withSuggestions()));
        }
        if (filter != null) {
            if (filter.reviewState() != null) {
                clauses.add("p.reviewState = :reviewState");
            }
            if (filter.actor() != null) {
                clauses.add("p.actor.id = :actor");
            }
            if (filter.topic() != null) {
                clauses.add("p.topic.slug = :topic");
            }
            if (filter.stance() != null) {
                clauses.add("p.stance = :stance");
            }
            if (filter.assessor() != null) {
                clauses.add("p.assessor = :assessor");
            }
            if (Boolean.TRUE.equals(filter.currentOnly())) {
                clauses.add(current(filter.assessor(), filter.withSuggestions()));
            }
        }
        return String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, PositionFilter filter) {
        if (filter == null) {
            return;
        }
        if (filter.actor() != null) {
            query.setParameter("actor", filter.actor());
        }
        if (filter.topic() != null) {
            query.setParameter("topic", filter.topic());
        }
        if (filter.stance() != null) {
            query.setParameter("stance", filter.stance());
        }
        if (filter.assessor() != null) {
            query.setParameter("assessor", filter.assessor());
        }
        if (filter.reviewState() != null) {
            query.setParameter("reviewState", filter.reviewState());
        }
    }
}
