package io.stancegraph.stance;

import java.util.List;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Negators (not, no, never, without) turn round the first stance word or topic mention within a few words: "will
 * not support", "no ceasefire". Two negations make a requirement, in either order: "no talks about Ukraine without
 * Ukraine", "without a backstop, no guarantee will hold", "decisions taken without Ukraine will not stand". A
 * mention turned round, negated or required, with no stance word, leans, weakly.
 */
final class NegationRule implements StanceRule {

    /** How many words after a negator its scope reaches. */
    private static final int SCOPE = 4;
    /** How far a "without" after a negator may stand for the two to make a requirement. */
    private static final int REQUIREMENT_SCOPE = 8;

    @Override
    public boolean actsOn(Mark mark) {
        return !mark.topic && mark.role == Role.NEGATOR && !mark.spent
                || mark.topic && !mark.negated && mark.entry.startsWith("without ");
    }

    @Override
    public void act(List<Mark> marks, int m) {
        Mark negator = marks.get(m);
        if (negator.topic) {
            // A keyword that is itself a "without" ("without Ukraine"), then a negation: what cannot be done
            // without it is required. A "no" before it was handled when the pass reached the "no".
            Mark later = laterNegator(marks, m);
            if (later != null) {
                later.spent = true;
                negator.turnRound(later);
            }
            return;
        }
        if (negator.text.equals("without")) {
            // "Without an American backstop, no guarantee will deter Moscow": the backstop is required.
            Mark required = Mark.next(marks, m, SCOPE, Mark::polar);
            Mark later = required == null || !required.topic ? null : laterNegator(marks, marks.indexOf(required));
            if (later != null) {
                later.spent = true;
                required.required = true;
                return;
            }
        }
        // "no talks about Ukraine without Ukraine", "will not accept a deal without us": two negations make a
        // requirement, so the first cancels the "without" instead of the word after it.
        Mark without = negator.text.equals("without") ? null
                : Mark.next(marks, m, REQUIREMENT_SCOPE, other -> other.text.startsWith("without"));
        if (without != null && without.topic) {
            without.turnRound(negator);
        } else if (without != null) {
            without.spent = true;
            Mark required = Mark.next(marks, marks.indexOf(without), SCOPE, other -> other.topic);
            if (required != null) {
                required.required = true;
            }
        } else {
            Mark target = Mark.next(marks, m, SCOPE, Mark::polar);
            if (target != null) {
                target.turnRound(negator);
            }
        }
    }

    /** A plain negator ("no", "not", "nothing", not another "without") soon after marks[m]. */
    private static Mark laterNegator(List<Mark> marks, int m) {
        return Mark.next(marks, m, REQUIREMENT_SCOPE, other -> !other.topic && other.role == Role.NEGATOR
                && !other.spent && !other.text.startsWith("without"));
    }

    @Override
    public Decision decide(ClauseReading clause) {
        return clause.turned ? new Decision(0.6 * clause.topicPolarity, name()) : null;
    }
}
