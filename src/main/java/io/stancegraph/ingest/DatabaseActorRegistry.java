package io.stancegraph.ingest;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import io.stancegraph.actor.Actor;
import io.stancegraph.actor.ActorAlias;
import io.stancegraph.ingest.extraction.ActorKind;
import io.stancegraph.ingest.extraction.ActorRegistry;
import io.stancegraph.ingest.extraction.KnownActor;
import io.stancegraph.ingest.extraction.Tenure;

/**
 * What the database knows about actors, as the extractor asks for it: an actor by any surface form, and who held a
 * title on a day. Answers are remembered for one article, since the extractor asks the same questions repeatedly.
 */
final class DatabaseActorRegistry implements ActorRegistry {

    private final EntityManager em;
    private final Map<String, Optional<KnownActor>> byAlias = new HashMap<>();
    private final Map<String, List<KnownActor>> holders = new HashMap<>();

    DatabaseActorRegistry(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<KnownActor> byAlias(String surfaceForm) {
        return byAlias.computeIfAbsent(ActorAlias.normalize(surfaceForm), normalized -> {
            Actor actor = Actor.findByNameOrAlias(normalized);
            return Optional.ofNullable(actor).map(this::known);
        });
    }

    @Override
    public List<KnownActor> holdersOf(String title, LocalDate onDay) {
        String key = title.toLowerCase(Locale.ROOT) + "@" + onDay;
        return holders.computeIfAbsent(key, ignored -> {
            String label = title.strip().toLowerCase(Locale.ROOT);
            List<Actor> actors = em.createQuery("""
                    select distinct t.actor from Tenure t join t.post p
                    where (lower(p.label) = :label or lower(p.label) like :prefix)
                      and (t.startDate is null or t.startDate <= :day)
                      and (t.endDate is null or t.endDate >= :day)""", Actor.class)
                    .setParameter("label", label)
                    .setParameter("prefix", label.replace("%", "").replace("_", "") + " of %")
                    .setParameter("day", onDay == null ? LocalDate.now() : onDay)
                    .getResultList();
            return actors.stream().map(this::known).toList();
        });
    }

    private KnownActor known(Actor actor) {
        List<String> aliases = actor.aliases.stream().map(alias -> alias.alias).toList();
        List<Tenure> tenures = em.createQuery("""
                select t.post.label, t.startDate, t.endDate from Tenure t where t.actor = :actor""", Object[].class)
                .setParameter("actor", actor).getResultStream()
                .map(row -> new Tenure(actor.canonicalName, (String) row[0], (LocalDate) row[1], (LocalDate) row[2]))
                .toList();
        return new KnownActor(actor.canonicalName, ActorKind.valueOf(actor.kind.name()), aliases, tenures);
    }
}
