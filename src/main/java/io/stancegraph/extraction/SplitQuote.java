package io.stancegraph.extraction;

/**
 * "“When you’re twenty …,” she says, “and then …”": the second half of a quotation split by its attribution, right
 * after the attribution's comma, has the first half's speakers ({@code split-quote}).
 */
final class SplitQuote extends QuoteRule {

    static final String RULE = "split-quote";

    SplitQuote(DirectQuoteAttributor quotes) {
        super(quotes);
    }

    @Override
    Candidate attribute(Quote quote) {
        Candidate first = quotes.splitFirst;
        if (quote.opensSentence() || first == null || quotes.splitComma != quote.openTok() - 1) {
            return null;
        }
        return quotes.direct(quote.q(), first.cue, first.cueToken, first.speakerFrom, first.speakers, RULE);
    }
}
