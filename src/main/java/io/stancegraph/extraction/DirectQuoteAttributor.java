package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes quotations to speakers: "..." X said / "...," said X (the quotation opens its sentence), X said: "..."
 * (a colon before the mark), and floating quotations (a paragraph, or a sentence right after a quoted one) that
 * continue the previous speaker.
 */
final class DirectQuoteAttributor {
    private final ArticleIndex index;
    private final MentionIndex mentions;
    private final SpeakerResolver speakers;
    /** Shared with the rest of the extraction: tokens owned by a quotation or its cue. */
    private final boolean[] claimed;
    /** The quotation behind each DIRECT candidate, for its exact span. */
    private final Map<Candidate, Quotation> quotationOf = new HashMap<>();
    /** Speakers of the last quotation-bearing statement, continued by floating quote paragraphs. */
    private List<ExtractedActor> lastQuoteSpeakers = List.of();
    private Candidate lastOuter;
    /** Sentence of the last quotation-bearing statement. */
    private int lastQuoteSentence = -1;
    /** The comma after an attribution inside a sentence ("“…,” she says, “…”"), and the quotation it attributed. */
    private int splitComma = -1;
    private Candidate splitFirst;

    DirectQuoteAttributor(ArticleIndex index, MentionIndex mentions, SpeakerResolver speakers, boolean[] claimed) {
        this.index = index;
        this.mentions = mentions;
        this.speakers = speakers;
        this.claimed = claimed;
    }

    private Token tok(int i) {
        return index.token(i);
    }

    /** A sentence with quotation marks reported by {@code outer}: floating quotations that follow continue it. */
    void continueWith(Candidate outer) {
        lastQuoteSpeakers = outer.speakers;
        lastOuter = outer;
        lastQuoteSentence = outer.sentence;
    }

    Quotation quotationOf(Candidate c) {
        return quotationOf.get(c);
    }

    /** Attributed direct quotations opening in the sentence [sFrom, sTo); their tokens become claimed. */
    List<Candidate> find(int sFrom, int sTo) {
        List<Candidate> out = new ArrayList<>();
        for (Quotation q : index.quotes) {
            int openTok = index.tokenAt(q.open());
            if (openTok < sFrom || openTok >= sTo) {
                continue;
            }
            Candidate c = attribute(q, openTok, sFrom, sTo);
            if (c != null) {
                out.add(c);
                int first = index.tokenAt(q.contentStart());
                for (int k = first; k < index.tokens.size() && tok(k).end <= q.contentEnd(); k++) {
                    claimed[k] = true;
                }
                lastQuoteSpeakers = c.speakers;
                lastQuoteSentence = tok(openTok).sentence;
            }
        }
        return out;
    }

    private Candidate attribute(Quotation q, int openTok, int sFrom, int sTo) {
        int first = openTok + 1;
        int last = index.tokenAt(q.contentEnd()) - 1;
        if (last < first || words(first, last + 1) < 2) {
            return null;
        }
        Paragraph p = index.article.paragraphs().get(q.firstParagraph());
        boolean opensSentence = q.open() == p.start() || openTok == sFrom;
        int afterClose = last + 2; // token after the closing mark
        if (opensSentence) {
            // "..." X said.  /  "...," said X.
            int sentenceEnd = q.close() >= 0 ? index.sentenceOf(last + 1)[1] : -1;
            for (int k = afterClose; sentenceEnd > 0 && k < Math.min(sentenceEnd, afterClose + 8); k++) {
                Token t = tok(k);
                String lemma = t.lemma;
                if (lemma == null || t.inQuote()) {
                    continue;
                }
                int[] from = {-1};
                List<ExtractedActor> who = speakers.speakerBefore(k, afterClose, from);
                if (who.isEmpty()) {
                    Mention after = speakers.mentionAfter(k + 1);
                    Token owner = tok(k + 2);
                    if (after == null && tok(k + 1) != null && tok(k + 1).is("the") && owner != null && !owner.capitalised()
                            && owner.possessive()) {
                        after = speakers.mentionAfter(k + 3); // "says the report’s lead author, Dr X"
                    }
                    if (after != null) {
                        who = speakers.resolve(after, k);
                        from[0] = after.from;
                    }
                }
                if (!who.isEmpty()) {
                    claimed[k] = true;
                    Candidate attributed = direct(q, lemma, k, from[0], who);
                    int attributionEnd = Math.max(k + 1, from[0] > k ? endOfMention(from[0]) : k + 1);
                    if (tok(attributionEnd) != null && tok(attributionEnd).is(",")) {
                        splitComma = attributionEnd;
                        splitFirst = attributed;
                    }
                    return attributed;
                }
            }
            // a floating quotation continues the previous speaker: a whole paragraph, or a whole sentence right
            // after a sentence with a quotation ("“...,” she said. “...”")
            if (!lastQuoteSpeakers.isEmpty() && (isWholeParagraph(q)
                    || (isWholeSentence(q, sTo) && lastQuoteSentence == tok(openTok).sentence - 1
                        && tok(openTok - 1).paragraph == p.index()))) {
                Candidate c = direct(q, lastOuter != null ? lastOuter.cue : "say", -1, -1, lastQuoteSpeakers);
                c.continuation = true;
                return c;
            }
            return null;
        }
        // "“When you’re twenty …,” she says, “and then …”": the second half of a quotation split by its attribution
        if (splitFirst != null && splitComma == openTok - 1) {
            return direct(q, splitFirst.cue, splitFirst.cueToken, splitFirst.speakerFrom, splitFirst.speakers);
        }
        // X said: "..."  /  X told the BBC: "..."  /  ..., saying: "..."
        Token before = tok(openTok - 1);
        if (before != null && before.is(":")) {
            for (int k = openTok - 2; k >= sFrom; k--) {
                Token t = tok(k);
                if (t.inQuote()) {
                    break;
                }
                String lemma = t.lemma;
                if (lemma == null && (t.is("put") || t.is("puts")) && tok(k + 1).is("it") && k + 2 == openTok - 1) {
                    lemma = "put"; // "As one neighbour puts it: “...”"
                }
                if (lemma == null || t.capitalised()) {
                    continue;
                }
                List<ExtractedActor> who = speakerFor(k, sFrom);
                if (!who.isEmpty()) {
                    claimed[k] = true;
                    return direct(q, lemma, k, k, who);
                }
            }
        }
        return null;
    }

    private List<ExtractedActor> speakerFor(int cue, int sFrom) {
        int[] from = {-1};
        Token t = tok(cue);
        if (t.lower.endsWith("ing")) {
            Mention m = mentions.at(cue - 1);
            if (m != null && m.to == cue) {
                return speakers.speakerBefore(cue, sFrom, from);
            }
            return speakers.nearestSubject(sFrom, cue);
        }
        // "Asked whether ..., Ms X told ...", "In a letter to Sir Keir, she said"
        List<ExtractedActor> who = speakers.speakerBefore(cue, sFrom, from);
        if (who.isEmpty()) {
            who = speakers.mainSubject(sFrom, cue);
        }
        return who;
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

    private int endOfMention(int from) {
        Mention m = mentions.at(from);
        return m != null ? m.to : from + 1;
    }

    private Candidate direct(Quotation q, String cue, int cueToken, int speakerFrom, List<ExtractedActor> who) {
        int first = index.tokenAt(q.contentStart());
        Candidate c = new Candidate(QuoteKind.DIRECT, first, index.tokenAt(q.contentEnd()), cue);
        c.cueToken = cueToken >= 0 ? cueToken : first;
        c.speakerFrom = speakerFrom >= 0 ? speakerFrom : first;
        c.speakers.addAll(who);
        c.sentence = tok(first).sentence;
        quotationOf.put(c, q);
        return c;
    }


    private int words(int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (tok(k).word) {
                n++;
            }
        }
        return n;
    }
}
