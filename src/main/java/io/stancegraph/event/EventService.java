package io.stancegraph.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.actor.Actor;
import io.stancegraph.article.Article;
import io.stancegraph.platform.Batches;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

@ApplicationScoped
public class EventService {

    private final EntityManager em;

    public EventService(EntityManager em) {
        this.em = em;
    }

    /** The events that meet the filter, latest first. */
    public Listing<Event> list(EventFilter filter) {
        Sql where = filter == null ? Sql.TRUE : new Conditions()
                .containing(filter.nameContains(), "lower(e.name) like ?")
                .given(filter.kind(), "e.kind = ?")
                // An event over several days is in the range when any of its days is.
                .given(filter.from(), "coalesce(e.endDate, e.startDate) >= ?")
                .given(filter.to(), "e.startDate <= ?")
                .given(filter.participant(),
                        "exists (select 1 from Event pe join pe.participants p where pe = e and p.id = ?)")
                .all();
        return new FilteredQuery<>(em, Event.class, "e", where, "e.startDate desc nulls last, e.id desc");
    }

    /** The events each article mentions, earliest first. */
    public List<List<Event>> ofArticles(List<Article> articles) {
        return Batches.children(em, """
                select a.id, e from Event e join e.articles a where a.id in :ids
                order by e.startDate nulls last, e.id""", articles);
    }

    /** The events each actor took part in, latest first. */
    public List<List<Event>> ofActors(List<Actor> actors) {
        return Batches.children(em, """
                select p.id, e from Event e join e.participants p where p.id in :ids
                order by e.startDate desc nulls last, e.id desc""", actors);
    }

    /** Each event's participants, by name. */
    public List<List<Actor>> participants(List<Event> events) {
        return Batches.children(em,
                "select e.id, a from Event e join e.participants a where e.id in :ids order by a.canonicalName", events);
    }

    /**
     * The articles that mention each event, earliest first: those extraction linked to it, and those with a statement
     * an editor placed at it.
     */
    public List<List<Article>> articles(List<Event> events) {
        List<List<Article>> linked = Batches.children(em,
                "select e.id, a from Event e join e.articles a where e.id in :ids", events);
        List<List<Article>> reporting = Batches.children(em,
                "select distinct s.eventId, s.article from Statement s where s.eventId in :ids", events);
        Comparator<Article> earliestFirst = Comparator.comparing((Article a) -> a.publishedOn).thenComparing(a -> a.id);
        List<List<Article>> articles = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Map<Long, Article> byId = new LinkedHashMap<>();
            Stream.concat(linked.get(i).stream(), reporting.get(i).stream()).forEach(a -> byId.putIfAbsent(a.id, a));
            articles.add(byId.values().stream().sorted(earliestFirst).toList());
        }
        return articles;
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
        Event event = NotFoundException.unlessFound(Event.findById(id), "Event", id, "id");
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
                event.participants.add(NotFoundException.unlessFound(Actor.findById(participantId), "Actor",
                        participantId, "input.participantIds"));
            }
        }
    }
}
