package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes quotations to speakers, with these rules in order: a cue after a quotation that opens its sentence
 * ("..." X said / "...," said X; {@link CueAfterQuote}); a floating quotation, a paragraph or a sentence right after
 * a quoted one, continuing the previous speaker ({@link FloatingQuote}); the second half of a quotation split by its
 * attribution ({@link SplitQuote}); a cue before a colon (X said: "..."; {@link ColonCue}).
 */
final class DirectQuoteAttributor extends SpeakerReader {

    /** Shared with the rest of the extraction: tokens owned by a quotation or its cue. */
    final boolean[] claimed;
    /** The quotation behind each DIRECT candidate, for its exact span. */
    private final Map<Candidate, Quotation> quotationOf = new HashMap<>();
    /** The last quotation-bearing statement, whose speakers floating quotations continue. */
    Candidate lastQuote;
    Candidate lastOuter;
    /** Sentence of the last quotation-bearing statement. */
    int lastQuoteSentence = -1;
    /** The comma after an attribution inside a sentence ("“…,” she says, “…”"), and the quotation it attributed. */
    int splitComma = -1;
    Candidate splitFirst;
    private final List<QuoteRule> rules;

    DirectQuoteAttributor(SpeakerResolver speakers, boolean[] claimed) {
        super(speakers);
        this.claimed = claimed;
        // a colon before a paragraph's opening quotation hands it on, so it comes before a floating quotation
        this.rules = List.of(new CueAfterQuote(this), new ColonCue(this), new FloatingQuote(this), new SplitQuote(this));
    }

    /** A sentence with quotation marks reported by {@code outer}: floating quotations that follow continue it. */
    void continueWith(Candidate outer) {
        lastQuote = outer;
        lastOuter = outer;
        lastQuoteSentence = outer.sentence;
    }

    Quotation quotationOf(Candidate c) {
        return quotationOf.get(c);
    }

    /** Attributed direct quotations opening in the sentence [sFrom, sTo); their tokens become claimed. */
    List<Candidate> find(int sFrom, int sTo) {
        List<Candidate> out = new java.util.ArrayList<>();
        // Only the sentence's quotations, found by bisection: a scan of all of them for every sentence made a long
        // article cost the square of its length.
        for (int i = index.firstQuoteOpeningAt(sFrom); i < index.quotes.size(); i++) {
            Quotation q = index.quotes.get(i);
            int openTok = index.tokenAt(q.open());
            if (openTok >= sTo) {
                break;
            }
            Candidate c = attribute(q, openTok, sFrom, sTo);
            if (c != null) {
                out.add(c);
                int first = index.tokenAt(q.contentStart());
                for (int k = first; k < index.tokens.size() && tok(k).end <= q.contentEnd(); k++) {
                    claimed[k] = true;
                }
                lastQuote = c;
                lastQuoteSentence = tok(openTok).sentence;
            }
        }
        return out;
    }

    private Candidate attribute(Quotation q, int openTok, int sFrom, int sTo) {
        int first = openTok + 1;
        int last = index.tokenAt(q.contentEnd()) - 1;
        if (last < first) {
            return null;
        }
        Paragraph p = index.article.paragraphs().get(q.firstParagraph());
        boolean opensSentence = q.open() == p.start() || openTok == sFrom;
        boolean oneWord = index.wordCount(first, last + 1) < 2;
        if (oneWord && !(opensSentence && utteranceEnd(tok(last)))) {
            return null; // a quoted word is a name or a term ("the so-called “Quint”"), not something said
        }
        QuoteRule.Quote quote = new QuoteRule.Quote(q, openTok, first, last, p, opensSentence, sFrom, sTo);
        for (QuoteRule rule : rules) {
            if (oneWord && !rule.takesOneWordUtterance()) {
                continue;
            }
            Candidate c = rule.attribute(quote);
            if (c != null) {
                return c;
            }
        }
        return null;
    }

    /** "“Nonsense,” he said.": the mark inside the quotation shows a word spoken, not a word cited. */
    private static boolean utteranceEnd(Token t) {
        return t.is(",") || t.is("!") || t.is("?") || t.is(".");
    }

    /** A DIRECT statement of the quotation, its cue at {@code cueToken} (-1: none), said by {@code who}. */
    Candidate direct(Quotation q, String cue, int cueToken, int speakerFrom, List<ExtractedActor> who, String rule) {
        int first = index.tokenAt(q.contentStart());
        Candidate c = new Candidate(QuoteKind.DIRECT, first, index.tokenAt(q.contentEnd()), cue).spokenBy(who, rule);
        c.cueToken = cueToken >= 0 ? cueToken : first;
        c.speakerFrom = speakerFrom >= 0 ? speakerFrom : first;
        c.sentence = tok(first).sentence;
        quotationOf.put(c, q);
        return c;
    }
}
