package io.stancegraph.extraction;

import java.util.Set;

/**
 * Where a reported clause ends: the sentence's end, or before a second cue of the same speaker ("said ... and called
 * for"), the reporter's narrative after a quoted fragment ("... 'in a dogfight' after a third defeat"), a participle
 * or absolute "with" phrase, "according to", a new subject after ", and", or "but declined to". Trailing punctuation, connectors and
 * unmatched closing marks are left out.
 */
final class ClauseBoundary extends SpeakerReader {

    /** After a quoted fragment, these resume the reporter's narrative. */
    static final Set<String> NARRATIVE_SUBORDINATORS = WordLists.set("narrative-subordinators");

    /** What a speaker declines to do that says nothing: "declined to comment", "refused to say". */
    private static final Set<String> WITHHELD = Set.of("say", "comment", "elaborate", "specify", "disclose", "confirm",
            "answer", "give", "name", "identify", "speculate", "be");
    private final VerbUse verbs;

    ClauseBoundary(SpeakerResolver speakers) {
        super(speakers);
        this.verbs = new VerbUse(index);
    }

    /** The end of the clause starting at {@code k} in a sentence ending at {@code sTo}. */
    int end(int k, int sTo) {
        int end = sTo;
        int depth = 0;
        for (int j = k; j < sTo; j++) {
            Token t = tok(j);
            if (t.inQuote()) {
                continue;
            }
            // "said the results were welcome and called for ...": a second cue of the same speaker ends the clause
            // "said she had not ruled out a fine but declined to say how large": what was not said is no part of it
            if ((t.is("and") || t.is("but")) && j > k && depth == 0 && (coordinatedCue(j + 1) || withheld(j + 1))) {
                end = tok(j - 1).is(",") ? j - 1 : j;
                break;
            }
            // after a quoted fragment: "admitted his side are 'in a dogfight' after a third defeat", "said it had
            // “made mistakes” and apologised to residents": the reporter's narrative resumes
            if (j > k && depth == 0 && tok(j - 1).isQuoteMark() && tok(j - 2) != null && tok(j - 2).inQuote()
                    && (NARRATIVE_SUBORDINATORS.contains(t.lower) || (t.is("and") && pastNarrativeVerb(j + 1)))) {
                end = j;
                break;
            }
            if (t.is("–") || t.is("—")) {
                depth = depth == 0 ? 1 : 0;
                continue;
            }
            if (t.is(",") && depth == 0 && j + 1 < sTo && tok(j + 1) != null && clauseAfterComma(j, sTo)) {
                end = j;
                break;
            }
        }
        return trimmed(k, end);
    }

    /** ", with ...", ", adding ...", ", according to ...", ", and Y said": the clause ends at the comma. */
    private boolean clauseAfterComma(int comma, int sTo) {
        Token n = tok(comma + 1);
        // ", including to Almaty and Tbilisi" goes on with the clause: a preposition, not a participle; but not over
        // another's statement (", including from Tom Baker, who said ...")
        if (n.is("including")) {
            return cueAfter(comma + 2, sTo);
        }
        if (n.is("with") || (n.word && !n.capitalised() && n.lower.endsWith("ing") && n.lower.length() > 5)
                || n.is("according")) {
            return true;
        }
        if (n.is("and") || n.is("but")) {
            Mention m = speakers.mentions.at(comma + 2);
            return m != null && m.from == comma + 2 && speakers.subjectMarked(m);
        }
        return false;
    }

    private boolean cueAfter(int from, int sTo) {
        for (int j = from; j < sTo; j++) {
            Token t = tok(j);
            if (t.lemma != null && !t.inQuote() && !t.capitalised() && (pastForm(t) || t.is("says"))) {
                return true;
            }
        }
        return false;
    }

    /** Trailing punctuation, connectors and unmatched closing marks left out. */
    private int trimmed(int k, int end) {
        while (end > k) {
            Token t = tok(end - 1);
            if (t.inQuote()) {
                break;
            }
            if (t.is(".") || t.is(",") || t.is(";") || t.is(":") || (t.isQuoteMark() && !closesQuoteIn(end - 1, k))
                    || t.has(WordClass.CONNECTOR)) {
                end--;
                continue;
            }
            break;
        }
        return end;
    }

    /** A reporting verb in the past tense right after "and": "and called for", "and warned that", "and added". */
    private boolean coordinatedCue(int j) {
        Token t = tok(j);
        if (t == null || t.inQuote() || t.lemma == null || t.capitalised()) {
            return false;
        }
        return pastForm(t) && (!ReportingVerbs.needsThat(t.lemma) || verbs.thatFollows(j));
    }

    /** A reporting verb's past form: "-ed", "said", "told", "wrote". */
    private static boolean pastForm(Token t) {
        return t.lower.endsWith("ed") || t.is("said") || t.is("told") || t.is("wrote");
    }

    /**
     * "but declined to say", "and refused to comment": the speaker held something back; "but refused to discuss a
     * ceasefire", "and refused to take a breath test" may be what was reported.
     */
    private boolean withheld(int j) {
        Token t = tok(j);
        return t != null && !t.inQuote() && (t.is("declined") || t.is("refused")) && tok(j + 1) != null
                && tok(j + 1).is("to") && tok(j + 2) != null && WITHHELD.contains(tok(j + 2).lower);
    }

    /** "and apologised", "and left": a past-tense verb, not a new subject or a reporting verb's clause. */
    private boolean pastNarrativeVerb(int j) {
        Token t = tok(j);
        return t != null && t.word && !t.capitalised() && !t.inQuote() && t.lemma == null && t.lower.endsWith("ed")
                && !t.has(WordClass.AUXILIARY);
    }

    private boolean closesQuoteIn(int mark, int from) {
        Token prev = tok(mark - 1);
        return prev != null && prev.inQuote() && index.tokenAt(index.quotes.get(prev.quote).contentStart()) >= from
                && index.quotes.get(prev.quote).close() == tok(mark).start;
    }
}
