package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.stancegraph.stance.StanceText.Clause;
import io.stancegraph.stance.StanceText.Word;

/**
 * A statement read against a topic's pro and con claims: a sentence that says most of what a claim says, with the
 * same negation, takes that claim's side ("International borders must not be changed by force" against "borders
 * must not be changed by force": con); with the negation the other way round it takes the other side ("not a single
 * euro of sanctions relief" against "sanctions should be lifted or eased": pro).
 * <p>
 * Words are compared by a light stem (endings off, then the first five letters), so "seizing" meets "seized" and
 * "Ukrainians" meets "Ukraine"; articles, auxiliaries and pronouns do not count.
 */
final class ClaimMatch {

    /** The stamp of a statement decided by a claim. */
    static final String NAME = "claim";

    private static final Set<String> STOPWORDS = WordLists.set("claim-stopwords");
    private static final Set<String> NEGATORS = negators();

    /** The share of a claim's words a sentence must contain to say the same. */
    static final double MIN_SHARE = 0.5;
    /** The share of a claim's words from which a statement's claim outweighs what the rules read. */
    static final double OVER_RULES_SHARE = 0.75;
    /** The fewest words a sentence and a claim must share. */
    static final int MIN_SHARED = 2;
    /** Short of that, how much of the whole claim, small words at half weight, a sentence must say. */
    static final double WHOLE_SCORE = 0.75;
    /** How many words before the claim's words a negation still bears on them ("will not gift their land"). */
    static final int NEGATION_REACH = 3;

    private ClaimMatch() {
    }

    /**
     * The claim a statement matches best, its side as the statement takes it (+1 pro, -1 con) and how much of the
     * claim it says; null when no claim is said, or a pro and a con claim are said equally.
     */
    record Matched(int leaning, double share, double score, String cue) {
    }

    static Matched best(List<Clause> clauses, StanceTopic topic) {
        if (topic.proClaims().isEmpty() && topic.conClaims().isEmpty()) {
            return null;
        }
        List<List<Word>> sentences = sentences(clauses);
        Matched best = null;
        boolean tied = false;
        for (int side = 1; side >= -1; side -= 2) {
            for (String claim : side > 0 ? topic.proClaims() : topic.conClaims()) {
                Matched matched = match(sentences, claim, side);
                if (matched == null) {
                    continue;
                }
                if (best == null || matched.score() > best.score()) {
                    best = matched;
                    tied = false;
                } else if (matched.score() == best.score() && matched.leaning() != best.leaning()) {
                    tied = true;
                }
            }
        }
        return tied ? null : best;
    }

    private static Matched match(List<List<Word>> sentences, String claim, int side) {
        List<Word> claimWords = StanceText.words(claim);
        Set<String> wanted = new HashSet<>();
        Set<String> others = new HashSet<>();
        boolean claimNegated = false;
        for (Word word : claimWords) {
            if (NEGATORS.contains(word.lower())) {
                claimNegated = true;
                others.add(word.lower());
            } else if (STOPWORDS.contains(word.lower())) {
                others.add(word.lower());
            } else {
                wanted.add(stem(word.lower()));
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        Matched best = null;
        for (List<Word> sentence : sentences) {
            Set<String> found = new HashSet<>();
            Set<String> othersFound = new HashSet<>();
            int first = -1;
            int last = -1;
            for (int i = 0; i < sentence.size(); i++) {
                String lower = sentence.get(i).lower();
                if (others.contains(lower)) {
                    othersFound.add(lower);
                } else if (wanted.contains(stem(lower)) && found.add(stem(lower))) {
                    first = first < 0 ? i : first;
                    last = i;
                }
            }
            double share = (double) found.size() / wanted.size();
            // The claim's own small words count too, at half a content word's weight: "no talks about Ukraine
            // without Ukraine" is said by "no decisions about Ukraine without Ukraine".
            double score = (2.0 * found.size() + othersFound.size()) / (2.0 * wanted.size() + others.size());
            boolean said = found.size() >= MIN_SHARED && share >= MIN_SHARE
                    || found.size() >= 1 && score >= WHOLE_SCORE;
            if (!said) {
                continue;
            }
            // A negation counts where it bears on the claim's words: among them or just before them, not in a
            // clause the speaker adds after ("would break international law and ... is not a safe place").
            // Two negations cancel: "without a backstop, a guarantee will not deter" says the backstop is needed.
            boolean negated = false;
            for (int i = Math.max(0, first - NEGATION_REACH); i <= last; i++) {
                negated ^= NEGATORS.contains(sentence.get(i).lower()) && !withoutSomethingElse(sentence, i, wanted);
            }
            if (best != null && score <= best.score()) {
                continue;
            }
            int leaning = negated == claimNegated ? side : -side;
            best = new Matched(leaning, share, score, "claim:" + (side > 0 ? "pro" : "con") + ":" + claim);
        }
        return best;
    }


    private static List<List<Word>> sentences(List<Clause> clauses) {
        List<List<Word>> sentences = new ArrayList<>();
        int current = Integer.MIN_VALUE;
        for (Clause clause : clauses) {
            if (clause.question()) {
                // A question asks whether the claim holds; it does not say it.
                continue;
            }
            if (reportsSomeoneElse(clause.words())) {
                // "Putin says he wants peace": what another says is not the speaker's claim.
                continue;
            }
            if (clause.sentence() != current || sentences.isEmpty()) {
                sentences.add(new ArrayList<>());
                current = clause.sentence();
            }
            sentences.get(sentences.size() - 1).addAll(clause.words());
        }
        return sentences;
    }

    /**
     * "a ceasefire without guarantees now would let Russia regroup": a "without" whose object is not a word of the
     * claim negates that object, not the claim.
     */
    private static boolean withoutSomethingElse(List<Word> sentence, int at, Set<String> wanted) {
        if (!sentence.get(at).lower().equals("without")) {
            return false;
        }
        // Its object: the next two content words ("without an American backstop", "without guarantees").
        int seen = 0;
        for (int i = at + 1; i < sentence.size() && seen < 2; i++) {
            String lower = sentence.get(i).lower();
            if (!STOPWORDS.contains(lower)) {
                if (wanted.contains(stem(lower))) {
                    return false;
                }
                seen++;
            }
        }
        return seen > 0;
    }

    /** A named party ("Putin", "the Kremlin") followed by a verb of saying or claiming. */
    static boolean reportsSomeoneElse(List<Word> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            Word name = words.get(i);
            Word verb = words.get(i + 1);
            if (name.capitalised() && !name.lower().equals("i") && !name.lower().equals("we")
                    && (verb.lower().equals("says") || verb.lower().equals("claims") || verb.lower().equals("insists"))) {
                return true;
            }
        }
        return false;
    }

    /** "seizing", "seized", "seize" -> seiz; "Ukrainians", "Ukraine" -> ukrai. */
    static String stem(String lower) {
        String word = lower.toLowerCase(Locale.ROOT);
        for (String ending : new String[] {"ing", "ed", "es", "s", "ly", "e"}) {
            if (word.endsWith(ending) && word.length() - ending.length() >= 3) {
                word = word.substring(0, word.length() - ending.length());
                break;
            }
        }
        return word.length() > 5 ? word.substring(0, 5) : word;
    }

    /** The one-word negators ("not", "never", "without"); "can't" and "cannot" are read as "can not". */
    private static Set<String> negators() {
        Set<String> words = new HashSet<>();
        for (String entry : WordLists.entries("negators")) {
            if (!entry.contains(" ") && !entry.contains("*")) {
                words.add(entry);
            }
        }
        return Set.copyOf(words);
    }
}
