package io.stancegraph.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;

import jakarta.persistence.EntityManager;

/**
 * Coordinates the writes of ingestions and imports across every replica of the service, for the rest of the
 * current transaction (PostgreSQL advisory locks).
 * <p>
 * An import takes the store for itself ({@link #acquire}). Ingestions share it ({@link #share}) and each locks only
 * the keys of what it is about to create: the normalised names of new actors and aliases, new posts, new offices.
 * Articles about actors already stored, the usual case, therefore store side by side, and two articles introducing
 * the same actor create it once. Rows that others may insert at the same moment (events, participants) are written
 * with {@code INSERT … ON CONFLICT DO NOTHING} in sorted order, after these locks, so that waits always run the same
 * way and cannot deadlock.
 */
public final class IngestLock {

    /** Any fixed number; it names the store-wide lock among PostgreSQL advisory locks. */
    private static final long KEY = 0x5374616e6365L;

    /**
     * Keys are locked in PostgreSQL's other advisory key space (two 32-bit numbers, which never meets the 64-bit
     * one of {@link #KEY}): this number, then the key's hash. Two keys with the same hash share a lock, which only
     * costs a little parallelism.
     */
    private static final int KEYS = 0x53746b;

    /** The key space of per-(actor, topic) locks, taken after {@link #share} when positions are reassessed. */
    private static final int PAIRS = 0x537470;

    /** Locks, in one key space (first parameter), the hashes of the given keys (second, text[]) in ascending order. */
    private static final String LOCK_KEYS_IN_HASH_ORDER = """
            select pg_advisory_xact_lock(?, h) from (select distinct hashtext(k) as h from unnest(?::text[]) as k order by h) as sorted""";

    private IngestLock() {
    }

    /**
     * The given (actor, topic) pairs exclusively, in the order of their hashes. Taken after every other key of the
     * transaction, so a holder never waits on a key that a waiter for its pairs holds.
     */
    static void pairs(Connection connection, Collection<String> keys) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement(LOCK_KEYS_IN_HASH_ORDER)) {
            lock.setInt(1, PAIRS);
            lock.setArray(2, connection.createArrayOf("text", keys.toArray()));
            lock.execute();
        }
    }

    /** The whole store, exclusively: imports, which find and create by natural key without the per-key protocol. */
    public static void acquire(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", KEY).getSingleResult();
    }

    /**
     * The store shared with other ingestions, and the given keys exclusively, all in one round trip. Keys are
     * taken in the order of their hashes, so two ingestions wanting overlapping keys queue instead of deadlocking;
     * call this once per transaction, before writing.
     */
    static void share(Connection connection, Collection<String> keys) throws SQLException {
        // Two statements in one round trip, run in this order: the shared lock first, or an import queued for the
        // exclusive one could wait on an ingestion that waits on a key held by one queued behind the import.
        try (PreparedStatement lock = connection.prepareStatement(
                "select pg_advisory_xact_lock_shared(?);\n" + LOCK_KEYS_IN_HASH_ORDER)) {
            lock.setLong(1, KEY);
            lock.setInt(2, KEYS);
            lock.setArray(3, connection.createArrayOf("text", keys.toArray()));
            lock.execute();
        }
    }
}
