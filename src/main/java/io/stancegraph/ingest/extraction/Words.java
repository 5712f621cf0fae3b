package io.stancegraph.ingest.extraction;

import java.util.List;
import java.util.Set;

/** Word lists written by hand may repeat an entry; the set keeps one. */
final class Words {
    private Words() {
    }

    static Set<String> set(String... words) {
        return Set.copyOf(List.of(words));
    }
}
