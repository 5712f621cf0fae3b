package io.stancegraph.ingest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.extraction.ActorKind;
import io.stancegraph.extraction.ActorNames;
import io.stancegraph.extraction.ActorRegistry;
import io.stancegraph.extraction.KnownActor;
import io.stancegraph.extraction.TitleTenure;

/**
 * The stored actors, their aliases and offices, held in memory for the extractor, which asks about dozens of surface
 * forms per article. Each ingestion checks with one cheap query whether actors, aliases or tenures changed: rows
 * only added are read incrementally; anything else (a merge, a rename, a deletion, a tenure's new dates) rebuilds
 * the directory.
 */
@ApplicationScoped
public class ActorDirectory {

    /** A tenure's hash, which changes with its dates. */
    private static final String TENURE_CHECKSUM =
            "hashtext(actor_id || ':' || post_id || ':' || coalesce(start_date::text, '') || ':' || coalesce(end_date::text, ''))::bigint";

    private final EntityManager em;
    private volatile Snapshot snapshot = Snapshot.EMPTY;

    public ActorDirectory(EntityManager em) {
        this.em = em;
    }

    /** A registry over the current state of the database. */
    ActorRegistry registry() {
        // The checksums catch renames, kind changes and a tenure's new dates (an office ended), which leave counts
        // and ids as they were. Plain JDBC: this runs for every article.
        long[] now = em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("""
                    select (select count(*) from actor), (select coalesce(max(id), 0) from actor),
                           (select count(*) from actor_alias), (select coalesce(max(id), 0) from actor_alias),
                           (select count(*) from tenure), (select coalesce(max(id), 0) from tenure),
                           (select coalesce(sum(hashtext(canonical_name || kind)), 0) from actor),
                           (select coalesce(sum(%s), 0) from tenure)""".formatted(TENURE_CHECKSUM));
                    ResultSet row = select.executeQuery()) {
                row.next();
                long[] marks = new long[8];
                for (int i = 0; i < marks.length; i++) {
                    marks[i] = row.getLong(i + 1);
                }
                return marks;
            }
        });
        refresh(now);
        return snapshot;
    }

    /** Whether the actor is already known by this (normalised) name, as of the last refresh. */
    boolean knows(long actorId, String normalized) {
        Entry entry = snapshot.actors.get(actorId);
        return entry != null && entry.names.contains(normalized);
    }

    /** Whether the actor is known to hold the post with this exact label, at any time, as of the last refresh. */
    boolean holds(long actorId, String postLabel) {
        Entry entry = snapshot.actors.get(actorId);
        return entry != null && entry.tenures.stream().anyMatch(tenure -> tenure.title().equals(postLabel));
    }

    /**
     * Stored actors that the article names under another spelling, safely by name alone ({@link ActorNames}: a
     * surname's transliterations with a compatible given name, a company with or without its legal form): name →
     * actor id. A name two stored actors could be is left out. Only names of several words are tried; a lone
     * surname across articles is for an editor ({@code suggestedMerges}).
     */
    Map<String, Long> sameActors(Map<String, ActorKind> names) {
        Snapshot current = snapshot;
        Map<String, Long> found = new java.util.HashMap<>();
        names.forEach((name, kind) -> {
            if (!name.strip().contains(" ")) {
                return;
            }
            Long match = null;
            for (Long id : current.byBlock.getOrDefault(ActorNames.surnameBlock(name), List.of())) {
                Entry entry = current.actors.get(id);
                if (entry == null) {
                    continue;
                }
                ActorKind wanted = kind == null ? ActorKind.PERSON : kind;
                boolean same = ActorNames.compare(entry.name, entry.kind, name, wanted)
                        .filter(likeness -> likeness.verdict() == ActorNames.Verdict.SAME).isPresent();
                if (same) {
                    if (match != null && !match.equals(id)) {
                        return; // two stored actors fit: an editor decides
                    }
                    match = id;
                }
            }
            if (match != null) {
                found.put(name, match);
            }
        });
        return found;
    }

    /** Forgets everything; the next ingestion reads the directory afresh. */
    public void invalidate() {
        snapshot = Snapshot.EMPTY;
    }

    private synchronized void refresh(long[] now) {
        Snapshot current = snapshot;
        if (java.util.Arrays.equals(current.marks, now)) {
            return;
        }
        boolean onlyAdded = current != Snapshot.EMPTY
                && now[0] - current.marks[0] == countAbove("actor", current.marks[1])
                && now[6] - current.marks[6] == nameChecksumAbove(current.marks[1])
                && now[2] - current.marks[2] == countAbove("actor_alias", current.marks[3])
                && now[4] - current.marks[4] == countAbove("tenure", current.marks[5])
                && now[7] - current.marks[7] == tenureChecksumAbove(current.marks[5]);
        Snapshot next = onlyAdded ? current.copy() : new Snapshot();
        long actorsFrom = onlyAdded ? current.marks[1] : 0;
        long aliasesFrom = onlyAdded ? current.marks[3] : 0;
        long tenuresFrom = onlyAdded ? current.marks[5] : 0;
        for (Object[] row : rows("select id, canonical_name, kind from actor where id > :from", actorsFrom)) {
            next.addActor(((Number) row[0]).longValue(), (String) row[1], (String) row[2]);
        }
        for (Object[] row : rows("select actor_id, alias, normalized from actor_alias where id > :from order by id",
                aliasesFrom)) {
            next.addAlias(((Number) row[0]).longValue(), (String) row[1], (String) row[2]);
        }
        for (Object[] row : rows("""
                select t.actor_id, p.label, t.start_date, t.end_date from tenure t join post p on p.id = t.post_id
                where t.id > :from order by t.id""", tenuresFrom)) {
            next.addTenure(((Number) row[0]).longValue(), (String) row[1], date(row[2]), date(row[3]));
        }
        next.marks = now;
        snapshot = next;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, long from) {
        return em.createNativeQuery(sql).setParameter("from", from).getResultList();
    }

    private long countAbove(String table, long id) {
        return ((Number) em.createNativeQuery("select count(*) from " + table + " where id > :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    private long nameChecksumAbove(long id) {
        return ((Number) em.createNativeQuery(
                "select coalesce(sum(hashtext(canonical_name || kind)), 0) from actor where id > :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    private long tenureChecksumAbove(long id) {
        return ((Number) em.createNativeQuery(
                "select coalesce(sum(" + TENURE_CHECKSUM + "), 0) from tenure where id > :id")
                .setParameter("id", id).getSingleResult()).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }

    /** Actors by id, and an index of every canonical name and alias, lower-cased. */
    private static final class Snapshot implements ActorRegistry {
        static final Snapshot EMPTY = new Snapshot();

        long[] marks = new long[8];
        final Map<Long, Entry> actors = new ConcurrentHashMap<>();
        final Map<String, Long> byName = new ConcurrentHashMap<>();
        /** Actor ids by {@link ActorNames#surnameBlock} of their canonical name. */
        final Map<String, List<Long>> byBlock = new ConcurrentHashMap<>();

        Snapshot copy() {
            Snapshot copy = new Snapshot();
            actors.forEach((id, entry) -> copy.actors.put(id, entry.copy()));
            copy.byName.putAll(byName);
            byBlock.forEach((block, ids) -> copy.byBlock.put(block, new java.util.concurrent.CopyOnWriteArrayList<>(ids)));
            return copy;
        }

        void addActor(long id, String name, String kind) {
            Entry entry = new Entry(name, ActorKind.valueOf(kind));
            entry.names.add(ActorAlias.normalize(name));
            actors.put(id, entry);
            byBlock.computeIfAbsent(ActorNames.surnameBlock(name), block -> new java.util.concurrent.CopyOnWriteArrayList<>())
                    .add(id);
            // A canonical name beats an alias that happens to be the same words.
            byName.put(ActorAlias.normalize(name), id);
        }

        void addAlias(long actorId, String alias, String normalized) {
            Entry entry = actors.get(actorId);
            if (entry != null) {
                entry.aliases.add(alias);
                entry.names.add(normalized);
                byName.putIfAbsent(normalized, actorId);
            }
        }

        void addTenure(long actorId, String title, LocalDate from, LocalDate to) {
            Entry entry = actors.get(actorId);
            if (entry != null) {
                entry.tenures.add(new TitleTenure(entry.name, title, from, to));
            }
        }

        @Override
        public Optional<KnownActor> byAlias(String surfaceForm) {
            Long id = byName.get(ActorAlias.normalize(surfaceForm));
            return id == null ? Optional.empty() : Optional.of(actors.get(id).known());
        }

        @Override
        public List<KnownActor> holdersOf(String title, LocalDate onDay) {
            List<KnownActor> holders = new ArrayList<>();
            for (Entry entry : actors.values()) {
                for (TitleTenure tenure : entry.tenures) {
                    if (tenure.isNamedBy(title, onDay)) {
                        holders.add(entry.known());
                        break;
                    }
                }
            }
            return holders;
        }
    }

    private static final class Entry {
        final String name;
        final ActorKind kind;
        final List<String> aliases = new ArrayList<>();
        final List<TitleTenure> tenures = new ArrayList<>();
        final java.util.Set<String> names = new java.util.HashSet<>();

        Entry(String name, ActorKind kind) {
            this.name = name;
            this.kind = kind;
        }

        Entry copy() {
            Entry copy = new Entry(name, kind);
            copy.aliases.addAll(aliases);
            copy.tenures.addAll(tenures);
            copy.names.addAll(names);
            return copy;
        }

        KnownActor known() {
            return new KnownActor(name, kind, aliases, tenures);
        }
    }
}
