package io.stancegraph.actor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.stancegraph.platform.Batches;
import io.stancegraph.platform.ConflictException;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.NotFoundException;
import io.stancegraph.platform.Listing;
import io.stancegraph.platform.sql.Conditions;
import io.stancegraph.platform.sql.FilteredQuery;
import io.stancegraph.platform.sql.Sql;

@ApplicationScoped
public class ActorService {

    private final EntityManager em;
    private final Event<StatementsOfActorsChanged> statementsOfActorsChanged;

    public ActorService(EntityManager em, Event<StatementsOfActorsChanged> statementsOfActorsChanged) {
        this.em = em;
        this.statementsOfActorsChanged = statementsOfActorsChanged;
    }

    /** The actors that meet the filter, in the order asked for. */
    public Listing<Actor> list(ActorFilter filter, ActorOrder order) {
        String orderBy = order == ActorOrder.MOST_QUOTED
                ? "(select count(*) from Statement s join s.speakers sp where sp = a) desc, a.canonicalName, a.id"
                : "lower(a.canonicalName), a.id";
        Sql where = filter == null ? Sql.TRUE : new Conditions()
                .containing(filter.nameContains() == null ? null : ActorAlias.normalize(filter.nameContains()),
                        "(replace(lower(a.canonicalName), '\u2019', '''') like ? or exists (select 1 from ActorAlias al "
                                + "where al.actor = a and al.normalized like ?))")
                .given(filter.kind(), "a.kind = ?")
                .given(filter.country(), "a.country = ?")
                .all();
        return new FilteredQuery<>(em, Actor.class, "a", where, orderBy);
    }

    /** Each actor's aliases, in the order they were added. */
    public List<List<String>> aliases(List<Actor> actors) {
        return Batches.children(em,
                "select al.actor.id, al.alias from ActorAlias al where al.actor.id in :ids order by al.id", actors);
    }

    /** Each actor's offices, latest first. */
    public List<List<Office>> offices(List<Actor> actors) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createQuery("""
                select t.actor.id, p.label, o.canonicalName, t.startDate, t.endDate
                from Tenure t join t.post p left join p.organization o
                where t.actor.id in :ids
                order by t.startDate desc nulls last, t.id""")
                .setParameter("ids", Batches.ids(actors)).getResultList();
        List<Object[]> offices = rows.stream().map(row -> new Object[] { row[0],
                new Office((String) row[1], (String) row[2], (LocalDate) row[3], (LocalDate) row[4]) })
                .toList();
        return Batches.group(actors, actor -> actor.id, offices);
    }

    @Transactional
    public Actor create(ActorInput input) {
        if (Actor.findByNameAndKind(input.name(), input.kind()) != null) {
            throw new ConflictException("An actor named " + input.name().strip() + " of kind " + input.kind()
                    + " already exists", "input.name");
        }
        requireFreeWikidataId(input.wikidataId(), null);
        Actor actor = new Actor();
        actor.canonicalName = input.name().strip();
        actor.kind = input.kind();
        actor.country = input.country();
        actor.wikidataId = input.wikidataId();
        if (input.aliases() != null) {
            input.aliases().forEach(actor::addAlias);
        }
        actor.persist();
        return actor;
    }

    @Transactional
    public Actor update(Long id, ActorUpdate update) {
        Actor actor = find(id, "id");
        String name = update.name() == null ? actor.canonicalName : update.name().strip();
        ActorKind kind = update.kind() == null ? actor.kind : update.kind();
        Actor clash = Actor.findByNameAndKind(name, kind);
        if (clash != null && !clash.id.equals(actor.id)) {
            throw new ConflictException("An actor named " + name + " of kind " + kind + " already exists (id "
                    + clash.id + "); merge them instead", update.name() != null ? "input.name" : "input.kind");
        }
        if (update.wikidataId() != null) {
            requireFreeWikidataId(update.wikidataId(), actor.id);
            actor.wikidataId = update.wikidataId();
        }
        if (!name.equals(actor.canonicalName)) {
            String previous = actor.canonicalName;
            actor.canonicalName = name;
            actor.addAlias(previous);
            actor.aliases.removeIf(alias -> alias.normalized.equals(ActorAlias.normalize(name)));
        }
        actor.kind = kind;
        if (update.country() != null) {
            actor.country = update.country();
        }
        return actor;
    }

    @Transactional
    public Actor addAlias(Long id, String alias) {
        Actor actor = find(id, "actorId");
        if (alias == null || alias.isBlank()) {
            throw new InvalidInputException("alias must not be blank", "alias");
        }
        actor.addAlias(alias);
        return actor;
    }

    /**
     * Records a period in office, or ends one: the actor's tenure of the post that starts on {@code from} (with no
     * {@code from}, the actor's only tenure of the post) takes the end date given; failing one, a new tenure is
     * recorded. Titles in articles are resolved through these dates, so periods of one post may not overlap.
     */
    @Transactional
    public Actor setOffice(OfficeInput input) {
        Actor actor = find(input.actorId(), "input.actorId");
        if (input.from() != null && input.to() != null && input.to().isBefore(input.from())) {
            throw new InvalidInputException("input.to is before input.from", "input.to");
        }
        String label = input.post().strip();
        Post post = Post.<Post>find("lower(label) = lower(?1)", label).firstResult();
        if (post == null) {
            post = new Post();
            post.label = label;
            post.persist();
        }
        List<Tenure> held = Tenure.list("actor = ?1 and post = ?2 order by startDate nulls first, id", actor, post);
        Tenure tenure = held.stream().filter(period -> Objects.equals(period.startDate, input.from())).findFirst()
                .orElse(null);
        if (tenure == null && input.from() == null && held.size() > 1) {
            throw new InvalidInputException(actor.canonicalName + " held " + post.label + " " + held.size()
                    + " times; give input.from to say which period", "input.from");
        }
        if (tenure == null && input.from() == null && held.size() == 1) {
            tenure = held.get(0);
        }
        if (tenure == null) {
            tenure = new Tenure();
            tenure.actor = actor;
            tenure.post = post;
            tenure.startDate = input.from();
        } else if (tenure.startDate != null && input.to() != null && input.to().isBefore(tenure.startDate)) {
            throw new InvalidInputException("input.to is before the period's first day, " + tenure.startDate, "input.to");
        }
        tenure.endDate = input.to();
        for (Tenure other : held) {
            if (other != tenure && overlap(other, tenure)) {
                throw new InvalidInputException(actor.canonicalName + " already held " + post.label + " in part of that "
                        + "period (" + period(other) + "); change that period instead", "input.from");
            }
        }
        if (!tenure.isPersistent()) {
            tenure.persist();
        }
        return actor;
    }

    private static boolean overlap(Tenure one, Tenure other) {
        return (one.startDate == null || other.endDate == null || !other.endDate.isBefore(one.startDate))
                && (other.startDate == null || one.endDate == null || !one.endDate.isBefore(other.startDate));
    }

    private static String period(Tenure tenure) {
        return (tenure.startDate == null ? "start unknown" : "from " + tenure.startDate)
                + (tenure.endDate == null ? ", open" : " to " + tenure.endDate);
    }

    /**
     * Takes a post off the actor's record, every tenure of it: an office read wrongly from an article would otherwise
     * keep naming the actor as the speaker of anything said under that title.
     */
    @Transactional
    public Actor removeOffice(Long id, String post) {
        Actor actor = find(id, "actorId");
        int removed = em.createNativeQuery("""
                delete from tenure t using post p
                where p.id = t.post_id and t.actor_id = :actor and lower(p.label) = lower(:post)""")
                .setParameter("actor", id).setParameter("post", post.strip()).executeUpdate();
        if (removed == 0) {
            throw new NotFoundException("A post of that name held by actor", id, "post");
        }
        return actor;
    }

    /**
     * Folds a duplicate into the actor that survives: its statements, aliases, offices, event participations and
     * positions move over, its names become aliases of the survivor, and the duplicate is deleted.
     */
    @Transactional
    public Actor merge(Long survivorId, Long duplicateId) {
        if (Objects.equals(survivorId, duplicateId)) {
            throw new InvalidInputException("An actor cannot be merged into itself", "duplicateId");
        }
        Actor survivor = find(survivorId, "survivorId");
        Actor duplicate = find(duplicateId, "duplicateId");
        List<String> names = new ArrayList<>();
        names.add(duplicate.canonicalName);
        duplicate.aliases.forEach(alias -> names.add(alias.alias));
        String country = survivor.country != null ? survivor.country : duplicate.country;
        String wikidataId = survivor.wikidataId != null ? survivor.wikidataId : duplicate.wikidataId;
        em.flush();

        moveLinks("statement_speaker", "statement_id", survivorId, duplicateId);
        moveLinks("event_participant", "event_id", survivorId, duplicateId);
        em.createNativeQuery("""
                insert into tenure (actor_id, post_id, start_date, end_date)
                select :survivor, post_id, start_date, end_date from tenure where actor_id = :duplicate
                on conflict do nothing""")
                .setParameter("survivor", survivorId).setParameter("duplicate", duplicateId).executeUpdate();
        em.createNativeQuery("update actor_position set actor_id = :survivor where actor_id = :duplicate")
                .setParameter("survivor", survivorId).setParameter("duplicate", duplicateId).executeUpdate();
        em.createNativeQuery("update post set organization_id = :survivor where organization_id = :duplicate")
                .setParameter("survivor", survivorId).setParameter("duplicate", duplicateId).executeUpdate();
        em.createNativeQuery("delete from actor where id = :duplicate")
                .setParameter("duplicate", duplicateId).executeUpdate();
        em.clear();

        Actor merged = Actor.findById(survivorId);
        names.forEach(merged::addAlias);
        merged.country = country;
        merged.wikidataId = wikidataId;
        // The duplicate's extractor positions moved over beside the survivor's: one timeline per topic again.
        statementsOfActorsChanged.fire(new StatementsOfActorsChanged(Set.of(survivorId)));
        return merged;
    }

    private void moveLinks(String table, String otherColumn, Long survivorId, Long duplicateId) {
        em.createNativeQuery("insert into %1$s (%2$s, actor_id) select %2$s, :survivor from %1$s where actor_id = :duplicate on conflict do nothing"
                .formatted(table, otherColumn))
                .setParameter("survivor", survivorId).setParameter("duplicate", duplicateId).executeUpdate();
        em.createNativeQuery("delete from %s where actor_id = :duplicate".formatted(table))
                .setParameter("duplicate", duplicateId).executeUpdate();
    }

    private static Actor find(Long id, String field) {
        return NotFoundException.unlessFound(Actor.findById(id), "Actor", id, field);
    }

    private static void requireFreeWikidataId(String wikidataId, Long ownId) {
        if (wikidataId == null) {
            return;
        }
        Actor holder = Actor.find("wikidataId", wikidataId).firstResult();
        if (holder != null && !holder.id.equals(ownId)) {
            throw new ConflictException("Wikidata id " + wikidataId + " already belongs to " + holder.canonicalName
                    + " (id " + holder.id + ")", "input.wikidataId");
        }
    }
}
