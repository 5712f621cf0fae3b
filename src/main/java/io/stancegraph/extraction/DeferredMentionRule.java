package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A mention rule whose mentions can be resolved only once all the article's names are known: it keeps them, and
 * resolves them when the index asks.
 */
abstract class DeferredMentionRule extends MentionReader implements MentionRule {

    private final List<Mention> deferred = new ArrayList<>();

    DeferredMentionRule(MentionIndex mentions) {
        super(mentions);
    }

    /** The mention, kept to be resolved later. */
    final Mention deferred(Mention m) {
        deferred.add(m);
        return m;
    }

    final void resolveDeferred() {
        deferred.forEach(this::resolve);
    }

    abstract void resolve(Mention m);
}
