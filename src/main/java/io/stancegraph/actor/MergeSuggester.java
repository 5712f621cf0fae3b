package io.stancegraph.actor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.stancegraph.extraction.ActorNames;
import io.stancegraph.platform.InvalidInputException;
import io.stancegraph.platform.PageInfo;

/**
 * Pairs of stored actors that are probably one. Candidates are pairs whose names share the first four letters of
 * their first or last word (indexed, see V10), read in id order after the cursor and at most a fixed number per
 * page; {@link ActorNames} judges each pair. Nothing is merged here.
 */
@ApplicationScoped
public class MergeSuggester {

    /** Candidate pairs read per suggestion asked for, and at most in one page. */
    static final int SCAN_PER_SUGGESTION = 20;
    static final int MAX_SCAN = 5000;
    private static final String PREFIX = "pair:";

    private final EntityManager em;

    public MergeSuggester(EntityManager em) {
        this.em = em;
    }

    public ActorMergeSuggestions page(int first, String after) {
        long[] from = after == null || after.isEmpty() ? new long[] { 0, 0 } : decode(after);
        int scan = Math.min(MAX_SCAN, Math.max(100, first * SCAN_PER_SUGGESTION));
        List<long[]> pairs = new ArrayList<>();
        List<ActorNames.Likeness> likenesses = new ArrayList<>();
        String end = null;
        boolean more = true;
        // A page without suggestions gives no cursor, so while none is found and candidates remain, the scan goes
        // on, up to MAX_SCAN pairs in all.
        for (int scanned = 0; pairs.isEmpty() && more && scanned < MAX_SCAN; scanned += scan) {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select a.id, a.canonical_name, a.kind, b.id, b.canonical_name, b.kind
                    from actor a join actor b on b.id > a.id
                      and (lower(left(split_part(a.canonical_name, ' ', 1), 4)) = lower(left(split_part(b.canonical_name, ' ', 1), 4))
                        or lower(left(regexp_replace(a.canonical_name, '^.*\\s', ''), 4))
                           = lower(left(regexp_replace(b.canonical_name, '^.*\\s', ''), 4)))
                    where a.id > :a or (a.id = :a and b.id > :b)
                    order by a.id, b.id
                    limit :scan""")
                    .setParameter("a", from[0]).setParameter("b", from[1]).setParameter("scan", scan).getResultList();
            more = rows.size() == scan;
            for (int i = 0; i < rows.size(); i++) {
                Object[] row = rows.get(i);
                long a = ((Number) row[0]).longValue();
                long b = ((Number) row[3]).longValue();
                from = new long[] { a, b };
                Optional<ActorNames.Likeness> likeness = ActorNames.compare((String) row[1], kind(row[2]),
                        (String) row[4], kind(row[5]));
                if (likeness.isPresent()) {
                    pairs.add(new long[] { a, b });
                    likenesses.add(likeness.get());
                    if (pairs.size() == first) {
                        more = i < rows.size() - 1 || more;
                        break;
                    }
                }
            }
            // The next page starts after the last pair read, so the pairs read after the last suggestion are not read again.
            end = cursor(from[0], from[1]);
        }
        if (pairs.isEmpty() && !more) {
            end = null;
        }
        Map<Long, Actor> actors = new HashMap<>();
        List<Long> ids = pairs.stream().flatMap(pair -> java.util.stream.Stream.of(pair[0], pair[1])).distinct().toList();
        if (!ids.isEmpty()) {
            Actor.<Actor>list("id in ?1", ids).forEach(actor -> actors.put(actor.id, actor));
        }
        List<ActorMergeSuggestion> nodes = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            ActorNames.Likeness likeness = likenesses.get(i);
            nodes.add(new ActorMergeSuggestion(actors.get(pairs.get(i)[0]), actors.get(pairs.get(i)[1]),
                    likeness.reason(), Math.round(likeness.score() * 1000) / 1000.0,
                    likeness.verdict() == ActorNames.Verdict.SAME));
        }
        String start = pairs.isEmpty() ? null : cursor(pairs.get(0)[0], pairs.get(0)[1]);
        return new ActorMergeSuggestions(nodes, new PageInfo(more, after != null && !after.isEmpty(), start, end));
    }

    private static io.stancegraph.extraction.ActorKind kind(Object stored) {
        return io.stancegraph.extraction.ActorKind.valueOf((String) stored);
    }

    static String cursor(long a, long b) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + a + ":" + b).getBytes(StandardCharsets.UTF_8));
    }

    private static long[] decode(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                String[] ids = decoded.substring(PREFIX.length()).split(":");
                if (ids.length == 2) {
                    return new long[] { Long.parseLong(ids[0]), Long.parseLong(ids[1]) };
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException("after is not a cursor returned by suggestedMerges (pass a page's endCursor as it came)", "after");
    }
}
