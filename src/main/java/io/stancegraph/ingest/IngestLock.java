package io.stancegraph.ingest;

import jakarta.persistence.EntityManager;

/**
 * Serialises the writes of ingestions and imports, across every replica of the service, for the rest of the
 * current transaction. Articles share actors, posts and events: two transactions creating the same actor would
 * otherwise collide on its unique name, or deadlock on the rows they both link to.
 */
final class IngestLock {

    /** Any fixed number; it names this lock among PostgreSQL advisory locks. */
    private static final long KEY = 0x5374616e6365L;

    private IngestLock() {
    }

    static void acquire(EntityManager em) {
        em.createNativeQuery("select pg_advisory_xact_lock(:key)").setParameter("key", KEY).getSingleResult();
    }
}
