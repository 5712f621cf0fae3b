package io.stancegraph.stance;

import java.util.List;
import java.util.Set;

import io.stancegraph.stance.StanceLexicon.Role;

/**
 * Assertions: "Ukraine would have a seat at the table", "there will be a ceasefire". A modal that says the topic
 * will be had or will come about, rather than that it will be discussed or reviewed, leans weakly towards it,
 * when the topic was found by a keyword.
 */
final class AssertionRule implements StanceRule {

    /** Words that may stand between "will" and the topic when the statement asserts it will be or be had. */
    private static final Set<String> ASSERTING = WordLists.set("asserting");
    private static final int REACH = 4;

    @Override
    public Decision decide(ClauseReading clause) {
        if (!clause.keywordReach || !asserted(clause)) {
            return null;
        }
        clause.because.add("asserted");
        return new Decision(0.5 * clause.topicPolarity, name());
    }

    private static boolean asserted(ClauseReading clause) {
        for (int m = 0; m < clause.marks.size(); m++) {
            if (clause.marks.get(m).role == Role.AFFIRMATION && asserts(clause.words, clause.marks, m)) {
                return true;
            }
        }
        return false;
    }

    private static boolean asserts(List<StanceText.Word> words, List<Mark> marks, int m) {
        Mark modal = marks.get(m);
        Mark mention = Mark.next(marks, m, REACH, other -> other.topic);
        if (mention == null) {
            return false;
        }
        for (int i = modal.end; i < mention.start; i++) {
            if (!ASSERTING.contains(words.get(i).lower())) {
                return false;
            }
        }
        return true;
    }
}
