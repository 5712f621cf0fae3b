package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The curated list of reporting verbs, every inflection mapped to its lemma, and how each takes its content. */
final class ReportingVerbs {

    /** How a verb's content follows it. */
    enum Frame {
        /** Takes a clause or a quotation: say, insist, warn, claim ... */
        CLAUSE,
        /** Takes an addressee, then a clause: tell, promise, ask, assure ... */
        ADDRESSEE_CLAUSE,
        /** Takes an object and a quoted fragment: call X a "...", accuse X of "...", urge X to "..." */
        OBJECT_FRAGMENT,
        /** Takes a noun phrase that is itself the content: reiterate their support ... */
        OBJECT_CONTENT
    }

    private static final Map<String, String> LEMMA = new HashMap<>();
    private static final Map<String, Frame> FRAME = new HashMap<>();

    static {
        register("reporting-verbs-clause", Frame.CLAUSE);
        register("reporting-verbs-addressee", Frame.ADDRESSEE_CLAUSE);
        register("reporting-verbs-fragment", Frame.OBJECT_FRAGMENT);
        for (String lemma : WordLists.entries("reporting-verbs-object-content")) {
            FRAME.put(lemma, Frame.OBJECT_CONTENT);
        }
    }

    /** Verbs that only report speech when they carry a quotation (they are ordinary verbs otherwise). */
    private static final Set<String> QUOTE_ONLY = WordLists.set("verbs-quote-only");

    /** Verbs whose "to ..." complement is a commitment, which counts only when quoted (agree to "..."). */
    private static final Set<String> TO_TAKES_QUOTE_ONLY = WordLists.set("verbs-to-quote-only");

    /** Nouns that report speech: "Washington's warning that", "US demands that", "calls from X for". */
    private static final Map<String, String> NOUN_CUES = new HashMap<>();

    static {
        WordLists.table("reporting-nouns").forEach((lemma, nouns) -> nouns.forEach(n -> NOUN_CUES.put(n, lemma)));
    }

    private ReportingVerbs() {
    }

    /** Every verb of a table ({@code lemma: forms}) in the frame. */
    private static void register(String table, Frame frame) {
        WordLists.table(table).forEach((lemma, forms) -> {
            LEMMA.put(lemma, lemma);
            for (String f : forms) {
                LEMMA.put(f, lemma);
            }
            FRAME.put(lemma, frame);
        });
    }

    static String lemma(String word) {
        return LEMMA.get(word.toLowerCase(Locale.ROOT));
    }

    static Frame frame(String lemma) {
        return FRAME.get(lemma);
    }

    static boolean quoteOnly(String lemma) {
        return QUOTE_ONLY.contains(lemma);
    }

    /** Verbs that report speech only with "that" after them. */
    static boolean needsThat(String lemma) {
        return NEEDS_THAT.contains(lemma);
    }

    private static final Set<String> NEEDS_THAT = WordLists.set("verbs-needing-that");

    static boolean toTakesQuoteOnly(String lemma) {
        return TO_TAKES_QUOTE_ONLY.contains(lemma);
    }

    static String nounCue(String word) {
        return NOUN_CUES.get(word.toLowerCase(Locale.ROOT));
    }
}
