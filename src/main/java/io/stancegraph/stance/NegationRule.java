package io.stancegraph.stance;

import java.util.List;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Negators (not, no, never, without) turn round the first stance word or topic mention within a few words: "will
 * not support", "no ceasefire". Two negations make a requirement: "no talks about Ukraine without Ukraine". A
 * mention turned round, negated or required, with no stance word, leans, weakly.
 */
final class NegationRule implements StanceRule {

    /** How many words after a negator its scope reaches. */
    private static final int SCOPE = 4;
    /** How far a "without" after a negator may stand for the two to make a requirement. */
    private static final int REQUIREMENT_SCOPE = 8;

    @Override
    public boolean actsOn(Mark mark) {
        return !mark.topic && mark.role == Role.NEGATOR && !mark.spent;
    }

    @Override
    public void act(List<Mark> marks, int m) {
        Mark negator = marks.get(m);
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

    @Override
    public Decision decide(ClauseReading clause) {
        return clause.turned ? new Decision(0.6 * clause.topicPolarity, name()) : null;
    }
}
