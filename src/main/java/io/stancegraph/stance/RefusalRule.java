package io.stancegraph.stance;

import java.util.List;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Refusals and counterfactuals: "refused to back" turns the stance word after it round, "the fantasy that he is an
 * honest broker" denies what follows. Having turned something round, the word counts no more by itself; with
 * nothing to turn round, it counts against.
 */
final class RefusalRule implements StanceRule {

    private static final int REFUSAL_SCOPE = 3;
    private static final int COUNTERFACTUAL_SCOPE = 8;

    @Override
    public boolean actsOn(Mark mark) {
        return !mark.topic && (mark.role == Role.REFUSAL || mark.role == Role.COUNTERFACTUAL);
    }

    @Override
    public void act(List<Mark> marks, int m) {
        Mark mark = marks.get(m);
        boolean counterfactual = mark.role == Role.COUNTERFACTUAL;
        Mark target = Mark.next(marks, m, counterfactual ? COUNTERFACTUAL_SCOPE : REFUSAL_SCOPE,
                other -> counterfactual ? other.polar() : other.role == Role.SIGNAL || other.role == Role.GOVERNOR);
        if (target != null && !mark.negated) {
            target.turnRound(mark);
            mark.spent = true;
        }
    }
}
