package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How English political news expresses stance, as lemmatised words and phrases ("*" stands for any one word). Each
 * entry has a role: a signal for or against what its clause is about, a negator, a word that raises or lowers the
 * topic it governs ("new sanctions", "lift sanctions"), a hedge, a condition, or a modal that asserts.
 */
final class StanceLexicon {

    enum Role {
        /** For (+1) or against (-1) what the clause is about: support, must, welcome / oppose, mistake, threat. */
        SIGNAL,
        /** Turns the next stance word or topic mention round: not, no, never, without, no longer. */
        NEGATOR,
        /** "refuse to back": a negator before another stance word, a signal against on its own. */
        REFUSAL,
        /** "the fantasy that X": denies the proposition that follows, or counts against on its own. */
        COUNTERFACTUAL,
        /** More of the topic it governs (+1: new, tougher, raise) or less of it (-1: lift, cut, prevent). */
        GOVERNOR,
        /** Lowers confidence: may, could, perhaps, consider. */
        HEDGE,
        /** Support or opposition on a condition, which makes it mixed: only if, provided that, unless. */
        CONDITION,
        /** Asserts what follows without taking a side by itself: will, would, going to. */
        AFFIRMATION
    }

    /**
     * One entry. {@code beforeTopic}: counts only when the topic follows closely ("against sanctions"), because
     * the word is too common otherwise ("backing Ukraine against aggression").
     */
    record Entry(String[] lemmas, Role role, int polarity, double weight, boolean beforeTopic) {
    }

    private static final Map<String, List<Entry>> BY_FIRST = new HashMap<>();

    static {
        // The order of the lists is the order of the entries: of two entries of the same length, the first wins.
        add("for", Role.SIGNAL, +1, 1.0, false);
        add("for-obligation", Role.SIGNAL, +1, 0.7, false);
        add("against", Role.SIGNAL, -1, 1.0, false);
        add("against-before-topic", Role.SIGNAL, -1, 1.0, true);
        add("negators", Role.NEGATOR, 0, 1.0, false);
        add("refusals", Role.REFUSAL, -1, 1.0, false);
        add("counterfactuals", Role.COUNTERFACTUAL, -1, 1.0, false);
        add("more-of", Role.GOVERNOR, +1, 1.0, false);
        add("less-of", Role.GOVERNOR, -1, 1.0, false);
        add("hedges", Role.HEDGE, 0, 1.0, false);
        add("conditions", Role.CONDITION, 0, 1.0, false);
        add("affirmations", Role.AFFIRMATION, 0, 1.0, false);
    }

    private StanceLexicon() {
    }

    private static void add(String list, Role role, int polarity, double weight, boolean beforeTopic) {
        for (String phrase : WordLists.entries(list)) {
            String[] lemmas = phrase.split(" +");
            BY_FIRST.computeIfAbsent(lemmas[0], key -> new ArrayList<>())
                    .add(new Entry(lemmas, role, polarity, weight, beforeTopic));
        }
    }

    /** A match of an entry on words [start, end). */
    record Match(Entry entry, int start, int end) {
    }

    /**
     * The longest entry that starts at {@code at}, or null. An entry of one word matches the word or one of its
     * lemmas; each further word of a phrase likewise.
     */
    static Match longestAt(List<StanceText.Word> words, int at) {
        Match best = null;
        for (String lemma : words.get(at).lemmas()) {
            List<Entry> entries = BY_FIRST.get(lemma);
            if (entries == null) {
                continue;
            }
            for (Entry entry : entries) {
                int end = matchEnd(entry, words, at);
                if (end > 0 && (best == null || end > best.end())) {
                    best = new Match(entry, at, end);
                }
            }
        }
        return best;
    }

    private static int matchEnd(Entry entry, List<StanceText.Word> words, int at) {
        int i = at + 1;
        for (int k = 1; k < entry.lemmas().length; k++, i++) {
            if (i >= words.size()) {
                return -1;
            }
            String lemma = entry.lemmas()[k];
            if (!lemma.equals("*") && !words.get(i).is(lemma)) {
                return -1;
            }
        }
        return i;
    }
}
