package io.stancegraph.extraction;

/**
 * A way of attributing a quotation to a speaker. The attributor tries the rules in order and the first attribution
 * wins; each stamps the rule that decided the speakers on the statement ({@link Candidate#speakerRule}).
 */
abstract class QuoteRule extends TokenReader {

    /**
     * A quotation being attributed: its opening mark's token, its content tokens [first, last], its first
     * paragraph, whether it opens its sentence, and the sentence [sFrom, sTo) it opens in.
     */
    record Quote(Quotation q, int openTok, int first, int last, Paragraph paragraph, boolean opensSentence,
                 int sFrom, int sTo) {
    }

    final DirectQuoteAttributor quotes;

    QuoteRule(DirectQuoteAttributor quotes) {
        super(quotes.index);
        this.quotes = quotes;
    }

    /**
     * Whether the rule may attribute a one-word quotation that opens its sentence with its own punctuation
     * ("“Nonsense,” he said."): only where the reporting verb itself follows it, never by continuation.
     */
    boolean takesOneWordUtterance() {
        return false;
    }

    /** The statement attributing the quotation, or null. */
    abstract Candidate attribute(Quote quote);
}
