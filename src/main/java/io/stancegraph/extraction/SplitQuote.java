package io.stancegraph.extraction;

/**
 * "“When you’re twenty …,” she says, “and then …”": the second half of a quotation split by its attribution, right
 * after the attribution's comma, has the first half's speakers, found by the same rule: it is the same quotation, as
 * sure (or as doubtful) as its first half.
 */
final class SplitQuote extends QuoteRule {

    SplitQuote(DirectQuoteAttributor quotes) {
        super(quotes);
    }

    @Override
    Candidate attribute(Quote quote) {
        Candidate first = quotes.splitFirst;
        if (quote.opensSentence() || first == null || quotes.splitComma != quote.openTok() - 1) {
            return null;
        }
        return quotes.direct(quote.q(), first.cue, first.cueToken, first.speakerFrom, first.speakers, first.speakerRule);
    }
}
