package io.stancegraph.extraction;

import java.util.List;

/**
 * A quotation without a cue that continues the previous speaker ({@code floating-quote}): a whole paragraph, or a
 * whole sentence right after a sentence with a quotation ("“...,” she said. “...”").
 */
final class FloatingQuote extends QuoteRule {

    static final String RULE = "floating-quote";
    /**
     * The paragraph just before says nothing itself but may hand the quotation to someone else: it ends in a colon
     * ("His opponents had a different view:") or its subject is another person or body; or a quotation earlier in the
     * paragraph found no speaker ("“...,” the source said. “...”"). The last speaker is then only a guess.
     */
    static final String AFTER_ANOTHER_SOURCE = RULE + "/another-source-just-before";

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
            boolean opensParagraph = quote.paragraph().start() == q.open();
            boolean handedOn = unattributedQuotationBefore(quote) || opensParagraph && isWholeParagraph(q)
                    && !continued.speakers.isEmpty() && anotherSourceJustBefore(quote.paragraph().index(), continued);
            String rule = handedOn ? AttributionConfidence.goingOn(AFTER_ANOTHER_SOURCE, continued.speakerRule)
                    : ruleGoingOn(continued);
            Candidate c = quotes.direct(q, cue, -1, -1, continued.speakers, rule);
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
     * Whether a quotation earlier in the paragraph found no speaker ("“...,” the source said. “...”" with the source
     * not known): who speaks in the paragraph is then not known.
     */
    private boolean unattributedQuotationBefore(Quote quote) {
        int paragraphStart = quote.paragraph().start();
        for (int i = index.firstQuoteOpeningAt(index.tokenAt(paragraphStart)); i < index.quotes.size(); i++) {
            Quotation earlier = index.quotes.get(i);
            if (earlier.open() >= quote.q().open()) {
                break;
            }
            int first = index.tokenAt(earlier.contentStart());
            if (earlier.open() >= paragraphStart && first < quote.openTok() && !quotes.claimed[first]
                    && index.wordCount(first, index.tokenAt(earlier.contentEnd())) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the paragraph before {@code paragraph} holds no statement, and its first subject is a person or body
     * other than the speakers the quotation would go on with, or, with no subject of theirs, it ends in a colon.
     */
    private boolean anotherSourceJustBefore(int paragraph, Candidate continued) {
        if (paragraph == 0) {
            return false;
        }
        Paragraph before = index.article.paragraphs().get(paragraph - 1);
        for (Candidate c : quotes.speakers.history) {
            if (c.start >= 0 && tok(c.start).paragraph == paragraph - 1) {
                return false;
            }
        }
        for (int k = index.tokenAt(before.start()); k < index.tokens.size() && tok(k).paragraph == paragraph - 1; k++) {
            Mention m = quotes.speakers.mentions.at(k);
            if (m == null || m.from != k || tok(k).inQuote() || !quotes.speakers.subjectMarked(m)) {
                continue;
            }
            // "Colby was asked about the plan:", "She was asked:": the same speaker goes on
            if (m.type == Mention.Type.PRONOUN || continued.speakers.contains(m.actor())) {
                return false;
            }
            if (m.actor() != null) {
                return true;
            }
        }
        return index.body.substring(before.start(), before.end()).strip().endsWith(":");
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
