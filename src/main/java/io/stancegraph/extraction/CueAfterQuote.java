package io.stancegraph.extraction;

/**
 * A quotation opening its sentence, attributed by the first reporting verb within eight tokens after it: "..." X
 * said (the subject before the verb, {@link SubjectBeforeCue}), "...," said X or "..., says the report’s lead
 * author, Dr X" (the mention after the verb; {@code speaker-after-cue}). A comma after the attribution may split the
 * quotation ({@link SplitQuote}).
 */
final class CueAfterQuote extends QuoteRule {

    /** Verbs whose next mention is the one addressed, never a speaker put after the verb. */
    private static final java.util.Set<String> ADDRESSEE_FIRST = WordLists.set("verbs-addressee-first");

    CueAfterQuote(DirectQuoteAttributor quotes) {
        super(quotes);
    }

    @Override
    boolean takesOneWordUtterance() {
        return true;
    }

    @Override
    Candidate attribute(Quote quote) {
        if (!quote.opensSentence()) {
            return null;
        }
        int afterClose = quote.last() + 2; // token after the closing mark
        int sentenceEnd = quote.q().close() >= 0 ? index.sentenceOf(quote.last() + 1)[1] : -1;
        for (int k = afterClose; sentenceEnd > 0 && k < Math.min(sentenceEnd, afterClose + 8); k++) {
            Token t = tok(k);
            String lemma = t.lemma;
            if (lemma == null || t.inQuote()) {
                continue;
            }
            Attribution who = quotes.speakers.speakerBefore(k, afterClose);
            if (who.isEmpty() && !who.unnamed()) {
                Mention after = speakerAfter(k);
                if (after != null) {
                    who = quotes.speakers.resolve(after, k).startingAt(after.from).by(SpeakerResolver.AFTER_CUE);
                }
            }
            if (!who.isEmpty() || who.unnamed()) {
                quotes.claimed[k] = true;
                Candidate attributed = quotes.direct(quote.q(), lemma, k, who.from(), who.speakers(), who.rule());
                int attributionEnd = Math.max(k + 1, who.from() > k ? endOfMention(who.from()) : k + 1);
                if (tok(attributionEnd) != null && tok(attributionEnd).is(",")) {
                    quotes.splitComma = attributionEnd;
                    quotes.splitFirst = attributed;
                }
                return attributed;
            }
        }
        return null;
    }

    /** "said Mr X", or "says the report’s lead author, Dr X"; never the one told ("“...,” the mayor tells Anna Berg"). */
    private Mention speakerAfter(int k) {
        if (ADDRESSEE_FIRST.contains(tok(k).lemma)) {
            return null;
        }
        Mention after = quotes.speakers.mentionAfter(k + 1);
        Token owner = tok(k + 2);
        if (after == null && tok(k + 1) != null && tok(k + 1).is("the") && owner != null && !owner.capitalised()
                && owner.possessive()) {
            after = quotes.speakers.mentionAfter(k + 3);
        }
        return after;
    }

    private int endOfMention(int from) {
        Mention m = quotes.mentions.at(from);
        return m != null ? m.to : from + 1;
    }
}
