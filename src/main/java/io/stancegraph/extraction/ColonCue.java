package io.stancegraph.extraction;

/**
 * X said: "..." / X told the BBC: "..." / ..., saying: "..." / "As one neighbour puts it: “...”" / a paragraph
 * ending "She said:" before one that opens with the quotation: the nearest
 * reporting verb before the colon, with its speaker: the subject before the verb (a participle's only when it
 * follows the subject), else for a participle the nearest subject, else the main clause's subject ("Asked whether
 * ..., Ms X told ...", "In a letter to Sir Keir, she said"). A title several known actors hold ("The president
 * said:" with presidents of several countries in the register) keeps its quotation with no speaker, as doubtful.
 */
final class ColonCue extends QuoteRule {

    static final String LABEL_RULE = "speaker-label";
    /** Words of a headline, capitalised in title case, that no label has. */
    private static final java.util.Set<String> HEADLINE_WORDS = java.util.Set.of("to", "at", "on", "in", "by", "from",
            "with", "back", "over", "as", "says", "says:");

    ColonCue(DirectQuoteAttributor quotes) {
        super(quotes);
    }

    @Override
    Candidate attribute(Quote quote) {
        int openTok = quote.openTok();
        Token before = tok(openTok - 1);
        if (before == null || !before.is(":")) {
            return null;
        }
        int sFrom = quote.sFrom();
        if (quote.opensSentence()) {
            // "She said:" ending a paragraph, the quotation opening the next
            if (before.paragraph != quote.paragraph().index() - 1 || quote.paragraph().start() != quote.q().open()) {
                return null;
            }
            sFrom = openTok - 1;
            while (sFrom > 0 && tok(sFrom - 1).sentence == before.sentence) {
                sFrom--;
            }
        }
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
            Attribution who = speakerFor(k, sFrom);
            if (!who.isEmpty() || who.titleHolderUnnamed() || who.unnamed()) {
                quotes.claimed[k] = true;
                // a title or a description stands for its speaker: its words describe who spoke ("The president
                // said:", "In a statement, her family said:")
                int speakerFrom = who.isEmpty() && who.from() >= 0 ? who.from() : k;
                return quotes.direct(quote.q(), lemma, k, speakerFrom, who.speakers(), who.rule());
            }
        }
        return quote.opensSentence() ? null : labelled(quote, sFrom);
    }

    /**
     * "Bankers Association of Zambia chief executive Natasha Kaluba: “...”": a paragraph opening with a person's name,
     * the words before it capitalised or an office's, and a colon, as reactions are listed ({@code speaker-label}).
     */
    private Candidate labelled(Quote quote, int sFrom) {
        int colon = quote.openTok() - 1;
        Mention m = quotes.mentions.at(colon - 1);
        if (m == null || m.to != colon || m.type != Mention.Type.NAME || m.actor() == null
                || m.actor().kind != ActorKind.PERSON || index.tokenAt(quote.paragraph().start()) != sFrom) {
            return null;
        }
        // before the name only an organisation and an office: "Open Letter To Education Secretary Bridget Phillipson:"
        // or "Trump Hits Back At Powell:" is a headline, not a label
        for (int k = sFrom; k < colon; k++) {
            Mention at = quotes.mentions.at(k);
            if (k < m.from && at != null && at.from == k && at.type == Mention.Type.ORGANISATION) {
                k = at.to - 1;
                continue;
            }
            Token t = tok(k);
            if (HEADLINE_WORDS.contains(t.lower) || k < m.from && !(t.titleWord() || t.is("of") || t.is("and")
                    || t.is("(") || t.is(")") || Acronyms.isAcronym(t.text))) {
                return null;
            }
        }
        return quotes.direct(quote.q(), "say", colon, m.from, java.util.List.of(m.actor()), LABEL_RULE);
    }

    private Attribution speakerFor(int cue, int sFrom) {
        SpeakerResolver speakers = quotes.speakers;
        if (tok(cue).lower.endsWith("ing")) {
            Mention m = quotes.mentions.at(cue - 1);
            if (m != null && m.to == cue) {
                return speakers.speakerBefore(cue, sFrom);
            }
            return speakers.nearestSubject(sFrom, cue);
        }
        Attribution who = speakers.speakerBefore(cue, sFrom);
        return who.isEmpty() && !who.titleHolderUnnamed() && !who.unnamed() ? speakers.mainSubject(sFrom, cue) : who;
    }
}
