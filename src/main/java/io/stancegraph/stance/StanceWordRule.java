package io.stancegraph.stance;

import java.util.List;
import java.util.Set;

import io.stancegraph.stance.StanceLexicon.Role;
import io.stancegraph.stance.StanceText.Word;

/**
 * Stance words: support, back, must, welcome count for what the clause is about; oppose, reject, mistake, threat
 * against (a refusal or a counterfactual that turned nothing round counts against by itself). Added to the
 * reporting verb's weight and applied to the topic mentions' polarity, so "lifting sanctions would be a mistake"
 * supports sanctions. When they add up to anything, they decide.
 */
final class StanceWordRule implements StanceRule {

    /** How close the topic must follow a word that counts only before it ("against new sanctions"). */
    private static final int BEFORE_TOPIC_REACH = 4;
    /** Words between a stance word and the topic mention within which the word counts fully, and its weight beyond. */
    private static final int NEAR = 6;
    private static final double FAR_WEIGHT = 0.6;
    /** Words of wishing, which report an attitude when someone else is their subject. */
    private static final Set<String> WISHES = Set.of("want", "wish", "would like", "like to see");
    /** How many words after someone else's wish are what they wish. */
    private static final int WISH_REACH = 4;
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "they");

    /** Adds the clause's stance words to the reporting verb's weight, and lists them as cues. */
    static void weigh(ClauseReading clause, double cueWeight) {
        List<Mark> marks = clause.marks;
        clause.signals = cueWeight;
        int wishedUpTo = -1;
        for (int m = 0; m < marks.size(); m++) {
            Mark mark = marks.get(m);
            boolean stanceWord = mark.role == Role.SIGNAL || mark.role == Role.REFUSAL
                    || mark.role == Role.COUNTERFACTUAL;
            if (!stanceWord || mark.topic || mark.spent) {
                continue;
            }
            if (someoneElsesWish(clause.words, mark)) {
                // Reported attitudes count for the one who holds them, not for the speaker who reports them; so
                // do the words of what is wished ("wants Russia back").
                wishedUpTo = mark.end + WISH_REACH;
                continue;
            }
            if (mark.start < wishedUpTo) {
                continue;
            }
            if (mark.beforeTopic && Mark.next(marks, m, BEFORE_TOPIC_REACH, other -> other.topic && !other.name) == null) {
                continue;
            }
            clause.signals += mark.polarity * mark.weight * (mark.negated ? -1 : 1) * proximity(mark, clause.topicMarks);
            clause.stanceWordsCounted = true;
            clause.because.add(mark.described());
        }
    }

    /**
     * "Putin wants a signature", "If the President wants Russia back", "Putin says he wants peace": a wish whose
     * subject is someone named, or "he"/"she"/"they" after a verb of saying, is that party's, not the speaker's.
     * "I want", "we want" and a bare "wants" (the speaker's own, in indirect speech) still count.
     */
    static boolean someoneElsesWish(List<Word> words, Mark mark) {
        if (!WISHES.contains(mark.entry) || mark.start == 0) {
            return false;
        }
        Word subject = words.get(mark.start - 1);
        if (subject.capitalised() && !FIRST_PERSON.contains(subject.lower())) {
            return true;
        }
        if (THIRD_PERSON.contains(subject.lower()) && mark.start >= 2) {
            Word verb = words.get(mark.start - 2);
            return verb.is("say") || verb.is("claim") || verb.is("insist");
        }
        return false;
    }

    @Override
    public Decision decide(ClauseReading clause) {
        if (clause.signals == 0) {
            return null;
        }
        return new Decision(clause.signals * clause.topicPolarity,
                clause.stanceWordsCounted ? name() : CueVerbRule.NAME);
    }

    /**
     * A stance word next to the topic mention is more likely to be about it than one at the far end of a long
     * clause ("no credible plan for this nonsense ... how they would reach 2.5%").
     */
    private static double proximity(Mark signal, List<Mark> topicMarks) {
        if (topicMarks.isEmpty()) {
            return 1;
        }
        int nearest = Integer.MAX_VALUE;
        for (Mark mention : topicMarks) {
            int gap = signal.end <= mention.start ? mention.start - signal.end : signal.start - mention.end;
            nearest = Math.min(nearest, Math.max(0, gap));
        }
        return nearest <= NEAR ? 1 : FAR_WEIGHT;
    }
}
