package io.stancegraph.stance;

import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Word lists written by hand may repeat an entry; the set keeps one. A hash set rather than {@code Set.of}: the
 * finders look words up several times per token, and the hash set, which compares cached hash codes before
 * strings, answers misses faster.
 */
final class Words {
    private Words() {
    }

    static Set<String> set(String... words) {
        return Collections.unmodifiableSet(new HashSet<>(List.of(words)));
    }
}
