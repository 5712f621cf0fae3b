package io.stancegraph.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.ingest.extraction.Extraction;

/** Finds stored actors for the extractor's canonical names in two queries: by canonical name, then by alias. */
final class ActorLookup {

    private ActorLookup() {
    }

    /** Every actor name an extraction refers to: speakers, mentioned actors and event participants. */
    static List<String> names(Extraction extraction) {
        Set<String> names = new LinkedHashSet<>();
        extraction.actors().forEach(mention -> names.add(mention.name()));
        extraction.statements().forEach(statement -> statement.speakers().forEach(speaker -> names.add(speaker.name())));
        extraction.events().forEach(event -> names.addAll(event.participants()));
        return new ArrayList<>(names);
    }

    /** Name → actor id for the names the database knows; a canonical name wins over an alias, then the oldest actor. */
    static Map<String, Long> existing(EntityManager em, Collection<String> names) {
        Map<String, Long> ids = new HashMap<>();
        if (names.isEmpty()) {
            return ids;
        }
        Map<String, String> byNormalized = new HashMap<>();
        names.forEach(name -> byNormalized.putIfAbsent(ActorAlias.normalize(name), name));
        List<String> normalized = new ArrayList<>(byNormalized.keySet());
        em.createQuery("select lower(a.canonicalName), min(a.id) from Actor a where lower(a.canonicalName) in :names "
                + "group by lower(a.canonicalName)", Object[].class)
                .setParameter("names", normalized).getResultStream()
                .forEach(row -> ids.put(byNormalized.get((String) row[0]), (Long) row[1]));
        List<String> unresolved = normalized.stream().filter(name -> !ids.containsKey(byNormalized.get(name))).toList();
        if (!unresolved.isEmpty()) {
            em.createQuery("select al.normalized, min(al.actor.id) from ActorAlias al where al.normalized in :names "
                    + "group by al.normalized", Object[].class)
                    .setParameter("names", unresolved).getResultStream()
                    .forEach(row -> ids.putIfAbsent(byNormalized.get((String) row[0]), (Long) row[1]));
        }
        Map<String, Long> result = new HashMap<>();
        for (String name : names) {
            Long id = ids.get(byNormalized.get(ActorAlias.normalize(name)));
            if (id != null) {
                result.put(name, id);
            }
        }
        return result;
    }
}
