package io.stancegraph.extraction;

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
        if (!quote.opensSentence() || quotes.lastQuoteSpeakers.isEmpty() && !quotes.lastQuoteUnnamed) {
            return null;
        }
        Quotation q = quote.q();
        int openTok = quote.openTok();
        if (isWholeParagraph(q) || (isWholeSentence(q, quote.sTo())
                && quotes.lastQuoteSentence == tok(openTok).sentence - 1
                && tok(openTok - 1).paragraph == quote.paragraph().index())) {
            String cue = quotes.lastOuter != null ? quotes.lastOuter.cue : "say";
            return quotes.direct(q, cue, -1, -1, quotes.lastQuoteSpeakers, RULE);
        }
        return null;
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
