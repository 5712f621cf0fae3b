package io.stancegraph.extraction;

import java.util.Set;

/**
 * Whether a reporting verb reports a statement here: not a plan ("is expected to announce", "will move a motion
 * calling for"), not passive hearsay ("are said to be"), not a noun ("the call", "Mr Trump's remarks"), not another
 * sense ("adding to concerns", "a call with", "asked not to be named", "admitted causing", "agreed on a line"), and
 * with "that" for the verbs that need it ("noted that").
 */
final class VerbUse extends TokenReader {

    /** Words before "to <verb>" that make it a plan: "is expected to announce". */
    private static final Set<String> INTENTION = WordLists.set("intention-words");
    /** Words before "to" that put a cue in the future: "plans to". */
    private static final Set<String> PLANS = WordLists.set("plan-words");
    /** "on Thursday", "last week", "in a statement": a short adverbial after a verb. */
    private static final Set<String> ADVERBIAL_OPENERS = WordLists.set("adverbial-openers");
    private static final Set<String> SUBJECT_PRONOUNS = WordLists.set("subject-pronouns");

    VerbUse(ArticleIndex index) {
        super(index);
    }

    /** A word opening a short adverbial: "on", "last", "earlier". */
    static boolean opensAdverbial(Token t) {
        return ADVERBIAL_OPENERS.contains(t.lower);
    }

    /** A subject pronoun: "he", "they". */
    static boolean subjectPronoun(Token t) {
        return SUBJECT_PRONOUNS.contains(t.lower);
    }

    boolean reportsSpeech(int c, String lemma) {
        Token prev = tok(c - 1);
        Token next = tok(c + 1);
        if (prev == null) {
            return false;
        }
        // "X is expected to announce", "he will announce": plans, not statements
        if (prev.is("to") && intentionBefore(c)) {
            return false;
        }
        if (prev.possessive()) {
            return false; // "Mr Trump's remarks": a noun
        }
        if (prev.has(WordClass.AUXILIARY) && !prev.is("has") && !prev.is("have")
                && !prev.is("had") && !prev.is("did")) {
            // "are said to be": passive hearsay; "will announce": future
            return false;
        }
        if ((prev.is("been") || prev.is("being")) && !lemma.equals("tell")) {
            return false;
        }
        if (next != null && next.is("to") && (prev.is("is") || prev.is("are") || prev.is("was") || prev.is("were"))) {
            return false;
        }
        if (prev.is("the") || prev.is("a") || prev.is("an") || prev.is("his") || prev.is("her") || prev.is("their")
                || prev.is("its")) {
            return false; // a noun: "the call", "a warning"
        }
        return otherSenseExcluded(c, lemma, next);
    }

    /** "is expected to", "wants to": an intention within the ten words before "to <verb>". */
    private boolean intentionBefore(int c) {
        for (int k = c - 2; k >= Math.max(0, c - 10) && tok(k).sentence == tok(c).sentence; k--) {
            if (INTENTION.contains(tok(k).lower) && tok(k + 1).is("to")) {
                return true;
            }
        }
        return false;
    }

    /** False for the senses of a verb that are not speech: "adding to", "asks for", "a call with". */
    private boolean otherSenseExcluded(int c, String lemma, Token next) {
        if (lemma.equals("discuss")) {
            return next != null && (next.is("how") || next.is("whether") || next.is("that") || next.is("what"));
        }
        if (lemma.equals("call") && next != null && (next.is("with") || next.is("between"))) {
            return false;
        }
        if (next != null && (lemma.equals("add") && next.is("to")
                || lemma.equals("ask") && (next.is("for") || next.is("not") || next.is("about")))) {
            // "adding to concerns", "asks for a flat white", "asked not to be named", "who asked about cancer care"
            // (what a question was on, not what was said): not speech
            return false;
        }
        if ((lemma.equals("admit") || lemma.equals("deny")) && next != null && next.word && !next.capitalised()
                && next.lower.endsWith("ing") && !next.lower.endsWith("thing")) {
            return false; // "admitted causing death by dangerous driving": a plea to a charge, not a statement
        }
        if (lemma.equals("agree") && next != null && next.is("on") && agreedThing(tok(c + 2))) {
            return false; // "without agreeing on a ceasefire line": a decision, not speech
        }
        return !ReportingVerbs.needsThat(lemma) || thatFollows(c);
    }

    /** What "agree on" takes when it is a decision: "a line", "the terms", "how to", "whether". */
    private static boolean agreedThing(Token t) {
        return t != null && (t.is("a") || t.is("an") || t.is("the") || t.is("any") || t.is("terms") || t.is("how")
                || t.is("whether") || t.is("what") || t.is("which"));
    }

    /** "will move a motion calling for ...": a future or a plan before the cue in the sentence. */
    boolean futureBefore(int sFrom, int c) {
        for (int k = sFrom; k < c; k++) {
            if (!tok(k).inQuote() && (tok(k).is("will") || tok(k).is("shall") || PLANS.contains(tok(k).lower)
                    && tok(k + 1) != null && tok(k + 1).is("to"))) {
                return true;
            }
        }
        return false;
    }

    /** "noted that", "posted on LinkedIn that": "that" after the verb, past a short adverbial at most. */
    boolean thatFollows(int c) {
        for (int j = c + 1; j < c + 6 && tok(j) != null && tok(j).sentence == tok(c).sentence; j++) {
            Token t = tok(j);
            if (t.is("that")) {
                return !t.inQuote();
            }
            if (j == c + 1 ? !opensAdverbial(t) : (!t.word || t.inQuote() || t.has(WordClass.AUXILIARY)
                    || subjectPronoun(t))) {
                return false;
            }
        }
        return false;
    }
}
