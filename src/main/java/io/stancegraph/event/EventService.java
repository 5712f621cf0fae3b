package io.stancegraph.event;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.Actor;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.LikePattern;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Page;
import io.stancegraph.platform.PageRequest;

@ApplicationScoped
public class EventService {

    private final EntityManager em;

    public EventService(EntityManager em) {
        this.em = em;
    }

    public Page<Event> page(EventFilter filter, PageRequest page) {
        TypedQuery<Event> query = em.createQuery("select e from Event e where " + where(filter)
                + " order by e.startDate desc nulls last, e.id desc", Event.class)
                .setFirstResult(page.offset()).setMaxResults(page.limit() + 1);
        bind(query, filter);
        return Page.of(query.getResultList(), page);
    }

    public long count(EventFilter filter) {
        TypedQuery<Long> query = em.createQuery("select count(e) from Event e where " + where(filter), Long.class);
        bind(query, filter);
        return query.getSingleResult();
    }

    @Transactional
    public Event create(EventInput input) {
        Event event = new Event();
        apply(event, input);
        event.persist();
        return event;
    }

    @Transactional
    public Event update(Long id, EventInput input) {
        Event event = Event.findById(id);
        if (event == null) {
            throw new NotFoundException("Event", id, "id");
        }
        apply(event, input);
        return event;
    }

    private static void apply(Event event, EventInput input) {
        if (input.endsOn() != null && input.startsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            throw new InvalidInputException("endsOn must not be before startsOn", "input.endsOn");
        }
        if (input.endsOn() != null && input.startsOn() == null) {
            throw new InvalidInputException("endsOn needs a startsOn", "input.endsOn");
        }
        String name = input.name().strip();
        Event clash = Event.findByNameAndStart(name, input.startsOn());
        if (clash != null && !clash.id.equals(event.id)) {
            throw new ConflictException("An event named " + name + " starting " + input.startsOn()
                    + " already exists (id " + clash.id + ")", "input.name");
        }
        event.name = name;
        event.kind = input.kind();
        event.startDate = input.startsOn();
        event.endDate = input.endsOn();
        event.datePrecision = input.startsOn() == null ? DatePrecision.UNKNOWN
                : input.datePrecision() == null || input.datePrecision() == DatePrecision.UNKNOWN ? DatePrecision.DAY
                : input.datePrecision();
        event.location = input.location() == null || input.location().isBlank() ? null : input.location().strip();
        if (input.participantIds() != null) {
            event.participants.clear();
            for (Long participantId : input.participantIds()) {
                Actor participant = Actor.findById(participantId);
                if (participant == null) {
                    throw new NotFoundException("Actor", participantId, "input.participantIds");
                }
                event.participants.add(participant);
            }
        }
    }

    private static String where(EventFilter filter) {
        List<String> clauses = new ArrayList<>();
        if (filter != null) {
            if (filter.nameContains() != null) {
                clauses.add("lower(e.name) like :name");
            }
            if (filter.kind() != null) {
                clauses.add("e.kind = :kind");
            }
            if (filter.from() != null) {
                clauses.add("e.startDate >= :from");
            }
            if (filter.to() != null) {
                clauses.add("e.startDate <= :to");
            }
            if (filter.participant() != null) {
                clauses.add("exists (select 1 from Event pe join pe.participants p where pe = e and p.id = :participant)");
            }
        }
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    private static void bind(TypedQuery<?> query, EventFilter filter) {
        if (filter == null) {
            return;
        }
        if (filter.nameContains() != null) {
            query.setParameter("name", LikePattern.containing(filter.nameContains()));
        }
        if (filter.kind() != null) {
            query.setParameter("kind", filter.kind());
        }
        if (filter.from() != null) {
            query.setParameter("from", filter.from());
        }
        if (filter.to() != null) {
            query.setParameter("to", filter.to());
        }
        if (filter.participant() != null) {
            query.setParameter("participant", filter.participant());
        }
    }
}
