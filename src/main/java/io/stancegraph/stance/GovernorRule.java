package io.stancegraph.stance;

import java.util.List;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Words that govern the topic mention after them: more of it ("new sanctions", "raise spending") or less of it
 * ("lift sanctions", "prevent the country from joining Nato"). A governed mention with no stance word leans.
 */
final class GovernorRule implements StanceRule {

    /** How far before a topic mention a word governing it may stand ("prevent the country from joining Nato"). */
    private static final int REACH = 5;

    @Override
    public boolean actsOn(Mark mark) {
        return mark.role == Role.GOVERNOR;
    }

    @Override
    public void act(List<Mark> marks, int m) {
        Mark governor = marks.get(m);
        // A name in the topic's title ("Sanctions on Russia") is not what "stop" or "more" acts on.
        Mark target = Mark.next(marks, m, REACH, mark -> mark.topic && !mark.name);
        if (target != null) {
            target.governed *= governor.polarity * (governor.negated ? -1 : 1);
            target.wasGoverned = true;
            target.governors += governor.described() + " ";
        }
    }

    @Override
    public Decision decide(ClauseReading clause) {
        return clause.governed ? new Decision(0.8 * clause.topicPolarity, name()) : null;
    }
}
