package io.stancegraph.stance;

import java.util.List;
import java.util.function.Predicate;

import io.stancegraph.stance.StanceLexicon.Entry;
import io.stancegraph.stance.StanceLexicon.Role;

/**
 * A stance word, a topic mention, or another word of the lexicon, at words [start, end) of a clause. The rules
 * change a mark when another acts on it: a negator turns it round, a governor raises or lowers a topic mention.
 */
final class Mark {
    final int start;
    final int end;
    final Role role;
    final int polarity;
    final double weight;
    final boolean beforeTopic;
    final String text;
    /** The lexicon entry's phrase ("rule * out"), or the keyword for topic mentions. */
    final String entry;
    /** Topic mentions: the keyword's own polarity, and whether the keyword itself judges ("dictator"). */
    final boolean topic;
    final boolean judging;
    /** A topic mention that is a name ("Russia", "Putin"), found through the topic's title. */
    boolean name;
    boolean negated;
    /** The word that turned it round: "not", "never", "rejected", "refuse". */
    String negator = "not";
    /** Product of the governors acting on this mention (+1 more of it, -1 less of it), and their words. */
    int governed = 1;
    boolean wasGoverned;
    String governors = "";
    /** A refusal or counterfactual that turned another word round instead of counting by itself. */
    boolean spent;
    /** A topic mention after "no ... without": what the speaker says cannot be done without. */
    boolean required;

    /** The lexicon's {@code kind} of word, or a topic mention's, at words [start, end). */
    Mark(int start, int end, Entry kind, String text, boolean topic, boolean judging) {
        this.start = start;
        this.end = end;
        this.role = kind.role();
        this.polarity = kind.polarity();
        this.weight = kind.weight();
        this.beforeTopic = kind.beforeTopic();
        this.entry = String.join(" ", kind.lemmas());
        this.text = text;
        this.topic = topic;
        this.judging = judging;
    }

    /** A topic mention found by a keyword or a name word ({@code entry}). */
    static Mark mention(int start, int end, int polarity, String text, String entry, boolean judging) {
        return new Mark(start, end, new Entry(new String[] { entry }, Role.SIGNAL, polarity, 1.0, false), text, true,
                judging);
    }

    /** Something a negator may turn round: a topic mention, a stance word, a governor, a refusal. */
    boolean polar() {
        return topic || role == Role.SIGNAL || role == Role.GOVERNOR || role == Role.REFUSAL
                || role == Role.COUNTERFACTUAL;
    }

    /** The mark as a cue: "not support", "lift sanctions". */
    String described() {
        return (negated ? negator + " " : "") + governors + text;
    }

    void turnRound(Mark by) {
        negated = !negated;
        negator = by.text;
    }

    /** The first mark after marks[m] that starts within {@code reach} words of its end and passes the test. */
    static Mark next(List<Mark> marks, int m, int reach, Predicate<Mark> test) {
        Mark from = marks.get(m);
        for (int n = m + 1; n < marks.size(); n++) {
            Mark other = marks.get(n);
            if (other.start - from.end >= reach) {
                return null;
            }
            if (other.start >= from.end && test.test(other)) {
                return other;
            }
        }
        return null;
    }
}
