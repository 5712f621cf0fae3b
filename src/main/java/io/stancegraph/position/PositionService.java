package io.stancegraph.position;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.Actor;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;
import io.stancegraph.statement.Statement;
import io.stancegraph.statement.StatementOrigin;
import io.stancegraph.topic.Topic;

@ApplicationScoped
public class PositionService {

    /**
     * The positions that are current: no later one exists for the same actor and topic, an editor's assessment
     * taking precedence (while an editor has assessed the pair, the extractor's positions on it are history, however
     * recent). A view, so the resolvers and the compiled read path read the one rule.
     */
    public static final String CURRENT_VIEW = "current_position";

    /** With a filter on the assessor, current means that assessor's latest position on the pair. */
    public static final String LATEST_BY_ASSESSOR_VIEW = "latest_position_by_assessor";

    /** The view of current positions, as a reader filtering by {@code assessor} (or not) means them. */
    public static String currentView(String assessor) {
        return assessor == null ? CURRENT_VIEW : LATEST_BY_ASSESSOR_VIEW;
    }

    /** That the position {@code p} is current, in JPQL, as {@link #currentView} says. */
    static String current(String assessor) {
        return "exists (select 1 from " + (assessor == null ? "CurrentPosition" : "LatestPositionByAssessor")
                + " c where c.id = p.id)";
    }

    private final EntityManager em;

    public PositionService(EntityManager em) {
        this.em = em;
    }

    public Page<Position> page(PositionFilter filter, PageRequest page) {
        TypedQuery<Position> query = em.createQuery("select p from Position p join p.topic t join p.actor a where "
                + where(filter) + " order by t.slug, a.canonicalName, p.validFrom desc, p.id desc", Position.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        bind(query, filter);
        return Page.of(query.getResultList(), page);
    }

    public long count(PositionFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(p) from Position p where " + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    /**
     * Records a stance as a new row, so the actor's earlier stances stay in the history. The evidence statements
     * become curated, so extracting their article again cannot take them away from the position.
     */
    @Transactional
    public Position set(PositionInput input, String editorName) {
        // The assessor is the identity that made the request, never a name the request gives.
        String assessor = Position.EDITOR_PREFIX + editorName;
        Actor actor = Actor.findById(input.actorId());
        if (actor == null) {
            throw new NotFoundException("Actor", input.actorId(), "input.actorId");
        }
        Topic topic = Topic.findBySlug(input.topic());
        if (topic == null) {
            throw new NotFoundException("Topic", input.topic(), "input.topic");
        }
        Set<Statement> evidence = new LinkedHashSet<>();
        for (Long statementId : input.evidenceStatementIds()) {
            Statement statement = Statement.findById(statementId);
            if (statement == null) {
                throw new NotFoundException("Statement", statementId, "input.evidenceStatementIds");
            }
            if (!statement.speakers.contains(actor)) {
                throw new InvalidInputException("Statement " + statementId + " was not made by " + actor.canonicalName
                        + "; evidence must be the actor's own statements", "input.evidenceStatementIds");
            }
            evidence.add(statement);
        }
        evidence.forEach(statement -> statement.origin = StatementOrigin.CURATED);
        Position position = new Position();
        position.actor = actor;
        position.topic = topic;
        position.stance = input.stance();
        position.validFrom = input.validFrom();
        position.assessor = assessor;
        position.confidence = input.confidence();
        position.note = input.note();
        position.evidence.addAll(evidence);
        position.persist();
        return position;
    }

    private static String where(PositionFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (filter != null) {
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
                clauses.add(current(filter.assessor()));
            }
        }
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
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
    }
}
