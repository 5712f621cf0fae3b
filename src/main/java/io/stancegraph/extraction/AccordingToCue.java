package io.stancegraph.extraction;

import java.util.Set;

/**
 * "According to X, ..." and "..., according to X": the clause after the comma, or the sentence before the cue, is
 * what X said ({@code according-to}); X may follow a description ("according to price reporting agency Argent
 * Pricing") or publish a document ("according to figures published by the Environment Agency";
 * {@code according-to-document}).
 */
final class AccordingToCue extends CueRule {

    static final String RULE = "according-to";
    static final String DOCUMENT_RULE = "according-to-document";

    /** Documents through which an organisation speaks. */
    static final Set<String> DOCUMENT_NOUNS = WordLists.set("document-nouns");
    /** "a new survey", "the latest official figures". */
    private static final Set<String> DOCUMENT_OPENERS = WordLists.set("document-openers");
    /** "according to the complaint", "according to some experts": a source the article does not name. */
    private static final Set<String> UNNAMED_SOURCES = WordLists.set("unnamed-source-nouns");
    /** "according to documents seen by the Guardian", "commissioned by the department": not their author. */
    private static final Set<String> NOT_BY_AUTHOR = WordLists.set("document-not-by-author-words");

    AccordingToCue(ReportedSpeechFinder finder) {
        super(finder);
    }

    @Override
    Candidate at(int c, int sFrom, int sTo) {
        if (!tok(c).is("according") || tok(c + 1) == null || !tok(c + 1).is("to")) {
            return null;
        }
        Mention m = objectPronoun(c + 2);
        if (m == null) {
            m = finder.speakers.mentionAfter(c + 2);
        }
        // "according to price reporting agency Argent Pricing", "according to data from Norwegian system operator
        // Gassco": a description before the name, which a nationality may open
        for (int j = c + 2; m == null && j < Math.min(sTo, c + 8) && tok(j).word
                && (!tok(j).capitalised() || describingNationality(j)) && !NOT_BY_AUTHOR.contains(tok(j).lower)
                && !tok(j).is("the") && !tok(j).is("a") && !tok(j).is("an"); j++) {
            Mention named = finder.speakers.mentionAfter(j + 1);
            if (named != null && named.type != Mention.Type.PRONOUN && !describingNationality(named.from)) {
                m = named;
            }
        }
        String rule = RULE;
        if (m == null) {
            m = publisherOfDocument(c + 2, sTo);
            rule = DOCUMENT_RULE;
        }
        Attribution who;
        if (m == null) {
            int noun = describedSource(c + 2, sTo);
            if (noun < 0) {
                return null;
            }
            m = new Mention(c + 2, noun + 1, Mention.Type.VAGUE, index.text(c + 2, noun + 1), "description");
            who = new Attribution(java.util.List.of(), c + 2, null, "description:" + BareNames.UNNAMED);
        } else {
            who = finder.speakers.resolve(m, c);
        }
        if (who.isEmpty() && !who.unnamed()) {
            return null;
        }
        int start;
        int end;
        if (c == sFrom) {
            start = clauseAfter(m, sTo);
            end = finder.clauses.end(start, sTo);
        } else {
            start = sFrom;
            end = c;
            while (end > start && (tok(end - 1).is(",") || tok(end - 1).is("."))) {
                end--;
            }
        }
        if (end <= start) {
            return null;
        }
        return finder.candidate(QuoteKind.INDIRECT, start, end, "according to", c, c, who.by(rule));
    }

    /** "According to him, headline inflation eased": "him" or "her", standing for the person it goes on with. */
    private Mention objectPronoun(int k) {
        Token t = tok(k);
        if (t == null || !(t.is("him") || t.is("her")) || tok(k + 1) == null || !tok(k + 1).is(",")) {
            return null;
        }
        Mention pronoun = new Mention(k, k + 1, Mention.Type.PRONOUN, t.text, "pronoun");
        pronoun.gender = t.is("him") ? 'M' : 'F';
        return pronoun;
    }

    /** "Norwegian" of "Norwegian system operator Gassco": a nationality before lower-case words describing someone. */
    private boolean describingNationality(int k) {
        Token t = tok(k);
        String country = t == null || !t.capitalised() ? null : Gazetteer.countryOfWord(t.text);
        return country != null && !country.equals(t.text) && tok(k + 1) != null && tok(k + 1).word
                && !tok(k + 1).capitalised();
    }

    /**
     * Where the reported clause starts after "According to X": after the comma that ends the attribution
     * ("According to figures published by the agency on Thursday, ..."), past an apposition ("According to a report
     * by the Trust, a research charity, the cliffs ...").
     */
    private int clauseAfter(Mention m, int sTo) {
        int start = m.to;
        for (int j = start; j < Math.min(sTo, m.to + 6); j++) {
            if (tok(j).is(",")) {
                start = j;
                break;
            }
        }
        if (tok(start) != null && tok(start).is(",")) {
            start++;
        }
        if (tok(start) != null && (tok(start).is("a") || tok(start).is("an"))) {
            for (int j = start + 1; j < Math.min(sTo, start + 7); j++) {
                if (tok(j).is(",")) {
                    start = j + 1;
                    break;
                }
            }
        }
        return start;
    }

    /**
     * "according to the complaint", "according to board papers", "according to municipal court records": the
     * lower-case noun of a source named by nobody, a few words in, with no name inside; -1 when there is none.
     */
    private int describedSource(int k, int sTo) {
        for (int j = k; j < Math.min(sTo, k + 4); j++) {
            Token t = tok(j);
            if (!t.word || t.capitalised() || finder.mentions.at(j) != null) {
                return -1;
            }
            if (UNNAMED_SOURCES.contains(t.lower) || DOCUMENT_NOUNS.contains(t.lower)) {
                return j;
            }
        }
        return -1;
    }

    /** "according to figures published by the Environment Agency", "according to a report from Oxfam". */
    private Mention publisherOfDocument(int k, int sTo) {
        int j = k;
        if (tok(j) != null && DOCUMENT_OPENERS.contains(tok(j).lower)) {
            j++;
        }
        while (tok(j) != null && j < k + 3 && !DOCUMENT_NOUNS.contains(tok(j).lower) && tok(j).word
                && !tok(j).capitalised()) {
            j++; // "latest official figures", "a new survey"
        }
        if (tok(j) == null || !DOCUMENT_NOUNS.contains(tok(j).lower)) {
            return null;
        }
        for (int p = j + 1; p < Math.min(sTo, j + 7); p++) {
            if (NOT_BY_AUTHOR.contains(tok(p).lower)) {
                return null;
            }
            if (tok(p).is("by") || tok(p).is("from") || tok(p).is("of")) {
                Mention m = finder.speakers.mentionAfter(p + 1);
                return m != null && m.type != Mention.Type.PRONOUN ? m : null;
            }
            // "a report published in March by ..."
            if (!tok(p).word || tok(p).capitalised() && !DateResolver.isMonthOrWeekday(tok(p).lower)) {
                return null;
            }
        }
        return null;
    }
}
