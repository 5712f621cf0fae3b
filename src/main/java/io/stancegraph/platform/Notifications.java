package io.stancegraph.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * Changes other replicas' subscribers hear of, sent with PostgreSQL's NOTIFY in the transaction of the write, so they
 * are delivered when it commits and never when it rolls back. A notice carries ids only (comma-separated, in
 * payloads well under NOTIFY's 8,000 bytes); subscribers read the records themselves.
 */
public final class Notifications {

    /** Ids of statements just stored. */
    public static final String STATEMENT_ADDED = "stancegraph_statement_added";
    /** Ids of positions recorded, reviewed or corrected. */
    public static final String POSITION_CHANGED = "stancegraph_position_changed";
    private static final int IDS_PER_NOTICE = 400;

    private Notifications() {
    }

    public static void publish(Connection connection, String channel, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        List<Long> all = new ArrayList<>(ids);
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            for (int from = 0; from < all.size(); from += IDS_PER_NOTICE) {
                notify.setString(1, channel);
                notify.setString(2, all.subList(from, Math.min(all.size(), from + IDS_PER_NOTICE)).stream()
                        .map(String::valueOf).collect(Collectors.joining(",")));
                notify.execute();
            }
        }
    }

    /** In the transaction the entity manager takes part in. */
    public static void publish(EntityManager em, String channel, Collection<Long> ids) {
        if (!ids.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> publish(connection, channel, ids));
        }
    }

    /** The ids of a notice's payload; nothing for a payload that is not a list of ids. */
    public static List<Long> ids(String payload) {
        List<Long> ids = new ArrayList<>();
        if (payload == null || payload.isBlank()) {
            return ids;
        }
        for (String part : payload.split(",")) {
            try {
                ids.add(Long.parseLong(part.strip()));
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        return ids;
    }
}
