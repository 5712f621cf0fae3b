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
        clause("say", "said", "says", "saying");
        clause("insist", "insisted", "insists", "insisting");
        clause("warn", "warned", "warns", "warning");
        clause("add", "added", "adds", "adding");
        clause("announce", "announced", "announces", "announcing");
        clause("suggest", "suggested", "suggests", "suggesting");
        clause("claim", "claimed", "claims", "claiming");
        clause("agree", "agreed", "agrees", "agreeing");
        clause("reply", "replied", "replies", "replying");
        clause("write", "wrote", "writes", "writing", "written");
        clause("argue", "argued", "argues", "arguing");
        clause("state", "stated", "states", "stating");
        clause("declare", "declared", "declares", "declaring");
        clause("confirm", "confirmed", "confirms", "confirming");
        clause("deny", "denied", "denies", "denying");
        clause("admit", "admitted", "admits", "admitting");
        clause("explain", "explained", "explains", "explaining");
        clause("stress", "stressed", "stresses", "stressing");
        clause("predict", "predicted", "predicts", "predicting");
        clause("acknowledge", "acknowledged", "acknowledges", "acknowledging");
        clause("vow", "vowed", "vows", "vowing");
        clause("pledge", "pledged", "pledges", "pledging");
        clause("complain", "complained", "complains", "complaining");
        clause("answer", "answered", "answers", "answering");
        clause("respond", "responded", "responds", "responding");
        clause("concede", "conceded", "concedes", "conceding");
        clause("allege", "alleged", "alleges", "alleging");
        clause("assert", "asserted", "asserts", "asserting");
        clause("emphasise", "emphasised", "emphasises", "emphasising", "emphasized", "emphasizes", "emphasizing");
        clause("tweet", "tweeted", "tweets", "tweeting");
        clause("signal", "signalled", "signaled", "signals", "signalling");
        clause("demand", "demanded", "demands", "demanding");
        clause("discuss", "discussed", "discusses", "discussing");
        clause("hint", "hinted", "hints", "hinting");
        clause("indicate", "indicated", "indicates", "indicating");
        clause("remark", "remarked", "remarks", "remarking");
        clause("repeat", "repeated", "repeats", "repeating");
        clause("reiterate", "reiterated", "reiterates", "reiterating");
        clause("caution", "cautioned", "cautions", "cautioning");
        clause("contend", "contended", "contends", "contending");
        clause("boast", "boasted", "boasts", "boasting");
        clause("joke", "joked", "jokes", "joking");
        clause("quip", "quipped", "quips", "quipping");
        clause("retort", "retorted", "retorts", "retorting");
        clause("lament", "lamented", "laments", "lamenting");
        // These take a noun phrase as often as a clause ("reported a loss", "recalled the ambassador"): only
        // "<verb> that ..." reports speech.
        clause("note", "noted", "notes", "noting");
        clause("report", "reported", "reports", "reporting");
        clause("maintain", "maintained", "maintains", "maintaining");
        clause("observe", "observed", "observes", "observing");
        clause("recall", "recalled", "recalls", "recalling");
        clause("reveal", "revealed", "reveals", "revealing");
        clause("disclose", "disclosed", "discloses", "disclosing");
        clause("counter", "countered", "counters", "countering");
        clause("testify", "testified", "testifies", "testifying");
        clause("post", "posted", "posts", "posting");
        clause("fume", "fumed", "fumes", "fuming");
        clause("laugh", "laughed", "laughs");
        addressee("tell", "told", "tells", "telling");
        addressee("promise", "promised", "promises", "promising");
        addressee("ask", "asked", "asks", "asking");
        addressee("assure", "assured", "assures", "assuring");
        addressee("reassure", "reassured", "reassures", "reassuring");
        addressee("remind", "reminded", "reminds", "reminding");
        addressee("inform", "informed", "informs", "informing");
        addressee("urge", "urged", "urges", "urging");
        addressee("advise", "advised", "advises", "advising");
        fragment("call", "called", "calls", "calling");
        fragment("accuse", "accused", "accuses", "accusing");
        fragment("describe", "described", "describes", "describing");
        fragment("brand", "branded", "brands", "branding");
        fragment("label", "labelled", "labeled", "labels", "labelling");
        fragment("back", "backed", "backs", "backing");
        fragment("hail", "hailed", "hails", "hailing");
        fragment("praise", "praised", "praises", "praising");
        fragment("dismiss", "dismissed", "dismisses", "dismissing");
        fragment("criticise", "criticised", "criticises", "criticising", "criticized", "criticizes", "criticizing");
        fragment("condemn", "condemned", "condemns", "condemning");
        fragment("welcome", "welcomed", "welcomes", "welcoming");
        fragment("slam", "slammed", "slams", "slamming");
        fragment("mock", "mocked", "mocks", "mocking");
        fragment("attack", "attacked", "attacks", "attacking");
        fragment("reject", "rejected", "rejects", "rejecting");
        fragment("blast", "blasted", "blasts", "blasting");
        FRAME.put("reiterate", Frame.OBJECT_CONTENT);
        FRAME.put("repeat", Frame.OBJECT_CONTENT);
    }

    /** Verbs that only report speech when they carry a quotation (they are ordinary verbs otherwise). */
    private static final Set<String> QUOTE_ONLY = Words.set("back", "hail", "praise", "dismiss", "criticise", "condemn",
            "welcome", "slam", "mock", "attack", "reject", "describe", "brand", "label", "blast");

    /** Verbs whose "to ..." complement is a commitment, which counts only when quoted (agree to "..."). */
    private static final Set<String> TO_TAKES_QUOTE_ONLY = Words.set("agree", "vow", "pledge", "promise", "urge", "call");

    /** Nouns that report speech: "Washington's warning that", "US demands that", "calls from X for". */
    private static final Map<String, String> NOUN_CUES = Map.ofEntries(
            Map.entry("warning", "warn"), Map.entry("warnings", "warn"), Map.entry("demand", "demand"),
            Map.entry("demands", "demand"), Map.entry("claim", "claim"), Map.entry("claims", "claim"),
            Map.entry("insistence", "insist"), Map.entry("assurance", "assure"), Map.entry("assurances", "assure"),
            Map.entry("promise", "promise"), Map.entry("pledge", "pledge"), Map.entry("call", "call"),
            Map.entry("calls", "call"), Map.entry("suggestion", "suggest"), Map.entry("announcement", "announce"),
            Map.entry("statement", "state"), Map.entry("position", "official position"),
            Map.entry("view", "view"), Map.entry("argument", "argue"), Map.entry("concern", "express concern"),
            Map.entry("concerns", "express concern"), Map.entry("fears", "express concern"));

    private ReportingVerbs() {
    }

    private static void clause(String lemma, String... forms) {
        register(lemma, Frame.CLAUSE, forms);
    }

    private static void addressee(String lemma, String... forms) {
        register(lemma, Frame.ADDRESSEE_CLAUSE, forms);
    }

    private static void fragment(String lemma, String... forms) {
        register(lemma, Frame.OBJECT_FRAGMENT, forms);
    }

    private static void register(String lemma, Frame frame, String... forms) {
        LEMMA.put(lemma, lemma);
        for (String f : forms) {
            LEMMA.put(f, lemma);
        }
        FRAME.put(lemma, frame);
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

    private static final Set<String> NEEDS_THAT = Set.of("state", "note", "report", "maintain", "observe", "recall",
            "reveal", "disclose", "counter", "testify", "deny", "post", "fume", "laugh", "write");

    static boolean toTakesQuoteOnly(String lemma) {
        return TO_TAKES_QUOTE_ONLY.contains(lemma);
    }

    static String nounCue(String word) {
        return NOUN_CUES.get(word.toLowerCase(Locale.ROOT));
    }
}
