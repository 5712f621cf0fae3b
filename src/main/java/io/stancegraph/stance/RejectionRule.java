package io.stancegraph.stance;

import java.util.List;
import java.util.Set;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Reported attitudes against a call: a verb against acts on a stance word for just after it rather than adding
 * to it, so "rejected calls for a ceasefire" opposes the ceasefire, where the two words would cancel out if simply
 * added.
 */
final class RejectionRule implements StanceRule {

    private static final Set<String> OPPOSING_VERBS = WordLists.set("opposing-verbs");
    private static final int SCOPE = 3;

    @Override
    public boolean actsOn(Mark mark) {
        return !mark.topic && mark.role == Role.SIGNAL && OPPOSING_VERBS.contains(mark.entry);
    }

    @Override
    public void act(List<Mark> marks, int m) {
        Mark verb = marks.get(m);
        Mark target = Mark.next(marks, m, SCOPE, other -> other.role == Role.SIGNAL && !other.topic
                && other.polarity > 0);
        if (target != null && !verb.negated) {
            target.turnRound(verb);
            verb.spent = true;
        }
    }
}
