package io.stancegraph.extraction;

import java.util.Set;

/**
 * Nouns that report speech (reporting-nouns.txt), unless used as verbs: "Washington's warning that ...", "US
 * demands that ...", "Nato's official position – ... – is that ..." (the possessor speaks; {@code possessor}),
 * "calls from X for ..." ({@code calls-from}), "X expressed concern that ..." (the subject before the verb).
 */
final class NounCue extends CueRule {

    /** "Nato's official position", "Washington's repeated warning". */
    private static final Set<String> MODIFIERS = WordLists.set("noun-cue-modifiers");
    /** "Following Mr X's warning that ..., the Kremlin said": a fronted phrase ends at its comma. */
    static final Set<String> FRONTING_WORDS = WordLists.set("fronting-words");

    NounCue(ReportedSpeechFinder finder) {
        super(finder);
    }

    @Override
    Candidate at(int c, int sFrom, int sTo) {
        String lemma = ReportingVerbs.nounCue(tok(c).lower);
        if (lemma == null || c != sFrom && isVerbContext(c) || tok(c + 1) == null) {
            return null;
        }
        if (lemma.equals("call") && tok(c + 1).is("from")) {
            return callsFrom(c, lemma, sFrom, sTo);
        }
        int contentStart = thatAfter(c, lemma, sTo);
        if (contentStart < 0) {
            return null;
        }
        if (lemma.equals("express concern")) {
            return concernExpressed(c, lemma, contentStart, sFrom, sTo);
        }
        int before = c - 1;
        while (before >= sFrom && MODIFIERS.contains(tok(before).lower)) {
            before--;
        }
        Mention m = before >= sFrom ? finder.mentions.at(before) : null;
        if (m == null || m.to != before + 1) {
            return null;
        }
        Attribution who = finder.speakers.resolve(m, c);
        if (m.type == Mention.Type.PRONOUN) {
            return null;
        }
        return statement(c, lemma, contentStart, m.from, who.by("possessor"), sFrom, sTo);
    }

    /** "he warned ...", "the warning": after a comma, an auxiliary or a pronoun the word is a verb. */
    private boolean isVerbContext(int c) {
        Token prev = tok(c - 1);
        return prev != null && (prev.is(",") || prev.has(WordClass.AUXILIARY)
                || finder.mentions.at(c - 1) != null && finder.mentions.at(c - 1).type == Mention.Type.PRONOUN);
    }

    /** "calls from X for ...". */
    private Candidate callsFrom(int c, String lemma, int sFrom, int sTo) {
        Mention m = finder.speakers.mentionAfter(c + 2);
        if (m == null || tok(m.to) == null || !tok(m.to).is("for")) {
            return null;
        }
        Attribution who = finder.speakers.resolve(m, c);
        return statement(c, lemma, m.to + 1, m.from, who.by("calls-from"), sFrom, sTo);
    }

    /** Where the content starts after the noun's "that" ("position – ... – is that"), or -1. */
    private int thatAfter(int c, String lemma, int sTo) {
        int k = c + 1;
        if (lemma.equals("official position") || lemma.equals("view")) {
            int depth = 0;
            while (k < sTo && (depth > 0 || tok(k).is("–") || tok(k).is("—"))) {
                if (tok(k).is("–") || tok(k).is("—")) {
                    depth = depth == 0 ? 1 : 0;
                }
                k++;
            }
            if (!(tok(k) != null && tok(k).is("is"))) {
                return -1;
            }
            k++;
        }
        return tok(k) != null && tok(k).is("that") ? k + 1 : -1;
    }

    /** "expressed concern that", "raised fears that", "voiced concerns that": the subject before the verb. */
    private Candidate concernExpressed(int c, String lemma, int contentStart, int sFrom, int sTo) {
        Token verb = tok(c - 1);
        if (verb == null || !(verb.lower.startsWith("express") || verb.lower.startsWith("raise")
                || verb.lower.startsWith("voice"))) {
            return null;
        }
        Attribution who = finder.speakers.speakerBefore(c - 1, sFrom);
        if (who.isEmpty() && !who.unnamed()) {
            return null;
        }
        return finder.candidate(QuoteKind.INDIRECT, contentStart, finder.clauses.end(contentStart, sTo), lemma, c,
                who.from(), who);
    }

    private Candidate statement(int c, String lemma, int contentStart, int speakerFrom, Attribution who, int sFrom,
            int sTo) {
        if (who.isEmpty()) {
            return null;
        }
        int end;
        if (speakerFrom > sFrom && FRONTING_WORDS.contains(tok(sFrom).lower)) {
            int comma = index.firstCommaOutsideQuotes(contentStart, sTo);
            end = comma > 0 ? comma : finder.clauses.end(contentStart, sTo);
        } else {
            end = finder.clauses.end(contentStart, sTo);
        }
        if (end <= contentStart) {
            return null;
        }
        return finder.candidate(QuoteKind.INDIRECT, contentStart, end, lemma, c, speakerFrom, who);
    }
}
