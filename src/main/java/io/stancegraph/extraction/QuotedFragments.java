package io.stancegraph.extraction;

import java.util.List;
import java.util.Set;

/**
 * The last rule for quotations: a quoted fragment that no statement covers is a PARTIAL statement of the nearest
 * reporting verb before it in its sentence, with that verb's speaker (the subject before it, else the main clause's
 * subject). A quoted name ("the so-called “Quint”", a title in quotes) is not a statement, nor is a fragment in a
 * sentence opening "Asked".
 */
final class QuotedFragments extends TokenReader {

    /** Words before a quoted name, not a quotation: so-called, dubbed ... */
    private static final Set<String> NAMING_WORDS = WordLists.set("naming-words");

    private final SpeakerResolver speakers;
    private final boolean[] claimed;

    QuotedFragments(ArticleIndex index, SpeakerResolver speakers, boolean[] claimed) {
        super(index);
        this.speakers = speakers;
        this.claimed = claimed;
    }

    /** The PARTIAL statement of the quotation, unless claimed, covered by one of {@code accepted} or a name. */
    Candidate attribute(Quotation q, List<Candidate> accepted) {
        int first = index.tokenAt(q.contentStart());
        int last = index.tokenAt(q.contentEnd()) - 1;
        if (last < first || claimed[first] || covered(first, last, accepted) || namingQuote(first, last)) {
            return null;
        }
        int[] r = index.sentenceOf(first);
        if (tok(r[0]).is("asked")) {
            return null;
        }
        for (int k = first - 2; k >= r[0]; k--) {
            Token t = tok(k);
            if (t.inQuote() || !t.word || t.capitalised() || t.lemma == null) {
                continue;
            }
            Attribution who = speakers.speakerBefore(k, r[0]);
            if (who.isEmpty()) {
                who = speakers.mainSubject(r[0], k).startingAt(who.from());
            }
            if (who.isEmpty()) {
                return null;
            }
            Candidate c = new Candidate(QuoteKind.PARTIAL, first, last + 1, t.lemma).spokenBy(who.speakers(),
                    who.rule());
            c.cueToken = k;
            c.speakerFrom = who.from();
            c.sentence = t.sentence;
            return c;
        }
        return null;
    }

    private static boolean covered(int first, int last, List<Candidate> accepted) {
        for (Candidate c : accepted) {
            if (first < c.end && last >= c.start) {
                return true;
            }
        }
        return false;
    }

    /** The "Quint": a name or title in quotes, or a quote introduced by so-called / dubbed / known as. */
    private boolean namingQuote(int first, int last) {
        Token before = tok(first - 2);
        if (before != null && NAMING_WORDS.contains(before.lower)
                && !(before.is("called") && tok(first - 3) != null && !tok(first - 3).is("the"))) {
            return true;
        }
        if (before != null && before.is("as") && tok(first - 3) != null && tok(first - 3).is("known")) {
            return true;
        }
        int words = 0;
        boolean allCapitalised = true;
        for (int k = first; k <= last; k++) {
            if (tok(k).word) {
                words++;
                allCapitalised &= tok(k).capitalised() || tok(k).is("of") || tok(k).is("the");
            }
        }
        return words <= 4 && allCapitalised;
    }
}
