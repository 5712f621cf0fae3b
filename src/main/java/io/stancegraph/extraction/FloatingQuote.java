package io.stancegraph.extraction;

import java.util.List;

/**
 * A quotation without a cue that continues the previous speaker ({@code floating-quote}): a whole paragraph, or a
 * whole sentence right after a sentence with a quotation ("“...,” she said. “...”").
 */
final class FloatingQuote extends QuoteRule {

    static final String RULE = "floating-quote";

    FloatingQuote(DirectQuoteAttributor quotes) {
        super(quotes);
    }

    @Override
    Candidate attribute(Quote quote) {
        if (!quote.opensSentence()) {
            return null;
        }
        Quotation q = quote.q();
        int openTok = quote.openTok();
        if (isWholeParagraph(q) || (isWholeSentence(q, quote.sTo())
                && quotes.lastQuoteSentence == tok(openTok).sentence - 1
                && tok(openTok - 1).paragraph == quote.paragraph().index())) {
            String cue = quotes.lastOuter != null ? quotes.lastOuter.cue : "say";
            Candidate continued = quotes.lastQuote;
            Candidate before = isWholeParagraph(q) ? reportedJustBefore(quote.paragraph().index()) : null;
            if (before != null) {
                // "Adebayo ... He says he has enough wood for 15 years. / “After that, I don’t know.”": the speaker
                // of the paragraph before goes on, rather than the last one quoted, or the first to be quoted
                continued = before;
            }
            if (continued == null) {
                return null;
            }
            Candidate c = quotes.direct(q, cue, -1, -1, continued.speakers, ruleGoingOn(continued));
            c.continues = continued;
            return c;
        }
        return null;
    }

    /**
     * The rule of a quotation that goes on with the speakers of {@code continued}: {@code floating-quote}, marked when
     * they were guessed; when the article described them without naming them, still that unnamed source, by the rule
     * that found it ({@code floating-quote/title:no-known-holder:unnamed}).
     */
    private static String ruleGoingOn(Candidate continued) {
        String rule = continued.speakerRule;
        if (continued.speakers.isEmpty() && rule != null && rule.endsWith(":" + BareNames.UNNAMED)) {
            return RULE + "/" + rule.substring(rule.indexOf('/') + 1);
        }
        return AttributionConfidence.goingOn(RULE, rule);
    }

    /**
     * The statement found last, if it is reported speech without quotation marks, with a speaker named or described,
     * in the paragraph before, and after the last quotation.
     */
    private Candidate reportedJustBefore(int paragraph) {
        List<Candidate> history = quotes.speakers.history;
        if (history.isEmpty()) {
            return null;
        }
        Candidate last = history.get(history.size() - 1);
        // of a sentence's statements, the outer one: "The spokesperson said the Prime Minister had “...”"
        for (int h = history.size() - 2; h >= 0 && last.cueToken >= 0; h--) {
            Candidate c = history.get(h);
            if (c.cueToken < 0 || tok(c.cueToken).sentence != tok(last.cueToken).sentence) {
                break;
            }
            if (c.cueToken < last.cueToken) {
                last = c;
            }
        }
        boolean spoken = !last.speakers.isEmpty()
                || last.speakerRule != null && last.speakerRule.endsWith(":" + BareNames.UNNAMED);
        return last.kind == QuoteKind.INDIRECT && last.cueToken >= 0 && spoken
                && tok(last.cueToken).paragraph == paragraph - 1
                && quotes.lastQuoteSentence < tok(last.cueToken).sentence ? last : null;
    }

    /** Nothing but punctuation between the closing mark and the end of the sentence. */
    private boolean isWholeSentence(Quotation q, int sTo) {
        if (q.close() < 0) {
            return false;
        }
        for (int k = index.tokenAt(q.close() + 1); k < sTo; k++) {
            if (tok(k).word) {
                return false;
            }
        }
        return true;
    }

    private boolean isWholeParagraph(Quotation q) {
        Paragraph last = index.article.paragraphs().get(q.lastParagraph());
        int close = q.close() >= 0 ? q.close() + 1 : q.contentEnd();
        String rest = index.body.substring(close, last.end()).strip();
        return rest.isEmpty() || rest.equals(".");
    }
}
