package io.stancegraph.extraction;

/**
 * A quotation opening its sentence, attributed by the first reporting verb within eight tokens after it, an aside
 * between commas not counted: "..." X
 * said (the subject before the verb, {@link SubjectBeforeCue}), "...," said X or "..., says the report’s lead
 * author, Dr X" (the mention after the verb; {@code speaker-after-cue}). A comma after the attribution may split the
 * quotation ({@link SplitQuote}).
 */
final class CueAfterQuote extends QuoteRule {

    /** Verbs whose next mention is the one addressed, never a speaker put after the verb. */
    private static final java.util.Set<String> ADDRESSEE_FIRST = WordLists.set("verbs-addressee-first");
    /** Verbs of answering someone else. */
    private static final java.util.Set<String> REPLY_LEMMAS = WordLists.set("reply-verbs");
    /** A pronoun that replies but names the one replied to: only a guess. */
    static final String REPLY_GUESS = PronounMentions.RULE + ":replying-to-the-last-speaker";

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
        // "“...,” Serra Alta Chief Executive Marcos Vinicius Teixeira Prado told": a long name counts as one token
        Mention named = quotes.speakers.mentionAfter(afterClose);
        int from = named != null ? named.to - 1 : afterClose;
        int asideEnd = asideEnd(from, sentenceEnd);
        // past an aside the verb must follow at once: "“...,” Tom Baker, the captain, smiled as Jane Ellis said" is not
        // Ellis's quotation
        int window = Math.max(from + 8, asideEnd + 3);
        for (int k = afterClose; sentenceEnd > 0 && k < Math.min(sentenceEnd, window); k++) {
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
            if (repliesToItself(lemma, who)) {
                // "“...,” Ms Carter said. “...,” she replied.": no one replies to themselves; "she" may be the other
                who = new Attribution(who.speakers(), who.from(), who.speakerRule(), REPLY_GUESS);
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

    /**
     * "“...,” Nakagawa Shun, chief economist at Tsubasa Research Institute, said": the comma closing an aside that
     * opens at most three words after the speaker's name, with no verb inside; else -1.
     */
    private int asideEnd(int name, int sentenceEnd) {
        int open = name + 1;
        // "the People Before Profit MLA for Foyle, Cathal Ó Maoláin, told": a few words may come first
        while (open < Math.min(sentenceEnd, name + 4) && !tok(open).is(",") && tok(open).lemma == null) {
            open++;
        }
        if (tok(open) == null || !tok(open).is(",")) {
            return -1;
        }
        for (int q = open + 1; q < Math.min(sentenceEnd, open + 13); q++) {
            if (tok(q).is(",")) {
                return q;
            }
            if (tok(q).lemma != null || tok(q).inQuote() || tok(q).isQuoteMark()) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a pronoun that replies names the speaker of the quotation just before, the one replied to. */
    private boolean repliesToItself(String lemma, Attribution who) {
        return REPLY_LEMMAS.contains(lemma) && !who.isEmpty() && who.mentionRule() != null
                && who.mentionRule().startsWith(PronounMentions.RULE + ":") && quotes.lastQuote != null
                && quotes.lastQuote.speakers.equals(who.speakers());
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
        Mention apposed = after != null ? nameInApposition(after) : null;
        return apposed != null ? apposed : after;
    }

    /**
     * "said Acme's chief executive, Joanna Reed", "said the boss of Brightmart, Ian Cole": the full name set off by a
     * comma after a description that owns or is the mention is who spoke, not the company or an earlier boss.
     */
    private Mention nameInApposition(Mention after) {
        boolean describes = after.type == Mention.Type.TITLE || MentionScanner.possessive(tok(after.to - 1));
        if (!describes) {
            return null;
        }
        int j = after.to;
        while (j < after.to + 5 && tok(j) != null && tok(j).word && !tok(j).inQuote() && tok(j).lemma == null) {
            Mention title = quotes.mentions.at(j);
            if (title != null && title.type != Mention.Type.TITLE && title.type != Mention.Type.ORGANISATION
                    && title.type != Mention.Type.COUNTRY) {
                break;
            }
            j = title != null ? title.to : j + 1;
        }
        if (tok(j) == null || !tok(j).is(",")) {
            return null;
        }
        Mention name = quotes.mentions.at(j + 1);
        return name != null && name.from == j + 1 && name.type == Mention.Type.NAME && quotes.speakers.fullName(name)
                ? name : null;
    }

    private int endOfMention(int from) {
        Mention m = quotes.mentions.at(from);
        return m != null ? m.to : from + 1;
    }
}
