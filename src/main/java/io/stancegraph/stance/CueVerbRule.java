package io.stancegraph.stance;

import java.util.Locale;
import java.util.Set;

/**
 * The reporting verb: backed, welcomed, urged count for the reported content; rejected, condemned against;
 * "denied" turns it round; "suggested" hedges and "asked" questions it. Its weight joins the stance words of the
 * reported content, not of a contrast the speaker adds to it.
 */
final class CueVerbRule {

    static final String NAME = "cue verb";

    private static final Set<String> ENDORSING = WordLists.set("cue-verbs-endorsing");
    private static final Set<String> REJECTING = WordLists.set("cue-verbs-rejecting");
    private static final Set<String> DENYING = WordLists.set("cue-verbs-denying");
    private static final Set<String> HEDGING = WordLists.set("cue-verbs-hedging");
    private static final Set<String> ASKING = WordLists.set("cue-verbs-asking");

    private CueVerbRule() {
    }

    /** What the reporting verb (lemmatised: "say", "back", "reject"; may be null) says about the content. */
    record CueVerb(String verb, double weight, boolean denies, boolean hedges, boolean asks) {
    }

    static CueVerb read(String cue, QuoteForm form) {
        String verb = cue == null ? "" : cue.strip().toLowerCase(Locale.ROOT);
        return new CueVerb(verb, weight(verb, form), DENYING.contains(verb), HEDGING.contains(verb),
                ASKING.contains(verb));
    }

    /** Backing and urging count for, rejecting and condemning against. */
    private static double weight(String verb, QuoteForm form) {
        if (verb.equals("call")) {
            // "called for more spending" asks for it; "called him a 'dictator'" only labels.
            return form == QuoteForm.INDIRECT ? 1 : 0;
        }
        if (ENDORSING.contains(verb)) {
            return 1;
        }
        if (REJECTING.contains(verb)) {
            return -1;
        }
        return 0;
    }
}
