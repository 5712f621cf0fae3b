package io.stancegraph.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.stancegraph.actor.ActorAlias;
import io.stancegraph.extraction.Extraction;

/** Finds stored actors for the extractor's canonical names, by canonical name or else by alias, in one query. */
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

    /**
     * Name → actor id for the names the database knows; a canonical name wins over an alias, then the oldest actor.
     * One query whose text does not depend on the number of names, so the server keeps it prepared.
     */
    static Map<String, Long> existing(Connection connection, Collection<String> names) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        if (names.isEmpty()) {
            return result;
        }
        Map<String, String> byNormalized = new HashMap<>();
        names.forEach(name -> byNormalized.putIfAbsent(ActorAlias.normalize(name), name));
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select k.n, coalesce((select min(a.id) from actor a where lower(a.canonical_name) = k.n),
                                     (select min(al.actor_id) from actor_alias al where al.normalized = k.n))
                from unnest(?::text[]) as k(n)""")) {
            select.setArray(1, connection.createArrayOf("text", byNormalized.keySet().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long id = rows.getLong(2);
                    if (!rows.wasNull()) {
                        ids.put(rows.getString(1), id);
                    }
                }
            }
        }
        for (String name : names) {
            Long id = ids.get(ActorAlias.normalize(name));
            if (id != null) {
                result.put(name, id);
            }
        }
        return result;
    }
}
