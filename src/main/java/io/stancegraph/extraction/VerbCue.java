package io.stancegraph.extraction;

import java.util.List;

/**
 * Reporting verbs outside quotations: "X said (that) ...", "X told Y ...", ", saying ...", "..., Downing Street
 * said.", called him a "dictator". The speaker, by the verb's form, with these rules in order:
 * <ul>
 * <li>a participle (", saying"): the mention right before it when it opens content ("with X saying that");
 * else the speaker of the sentence's earlier cue (", adding that ..."; {@code earlier-cue}) or of an earlier
 * statement of the sentence ({@code earlier-statement}); else the nearest subject ({@code nearest-subject});</li>
 * <li>after "to" ("sought to reassure"): the main clause's subject ({@code main-subject});</li>
 * <li>otherwise the subject before the verb ({@link SubjectBeforeCue}); failing that, after "and", "but", a comma
 * or an adverb, the speaker of the previous cue coordinated with this one ("called ... and suggested";
 * {@code coordinated-cue}), else the main clause's subject unless the verb sits in an earlier statement's clause.</li>
 * </ul>
 * "X and Y, with whom he agreed that ..." adds X and Y ({@code +with-whom}).
 */
final class VerbCue extends CueRule {

    private static final java.util.Set<String> QUESTION_WORDS = WordLists.set("question-words");
    /** "messages showed him describing the plans as …": the participle is what he did. */
    private static final java.util.Set<String> OBJECT_PRONOUNS = java.util.Set.of("him", "her", "them", "us", "me");

    private final SpeakerResolver speakers;
    private final VerbUse verbs;
    private final ReportedClause clauses;

    VerbCue(ReportedSpeechFinder finder) {
        super(finder);
        this.speakers = finder.speakers;
        this.verbs = new VerbUse(finder.index);
        this.clauses = new ReportedClause(finder.index, finder.mentions, finder.clauses);
    }

    /**
     * "Prices will rise next year, said Tom Baker, a trader at Argent.": the clause before the comma, said by the one
     * named after the verb that closes the sentence ({@code speaker-after-cue}). After a quotation the quote attributor
     * reads it.
     */
    private Candidate saidAtTheEnd(int c, String lemma, int sFrom, int sTo) {
        // "said" and "says" only: "..., say Ireland" gives an example, "added Jane Ellis as a director" appoints her
        if (c - 2 <= sFrom || !tok(c - 1).is(",") || tok(c - 2).isQuoteMark() || !(tok(c).is("said")
                || tok(c).is("says"))) {
            return null;
        }
        Mention m = speakers.mentionAfter(c + 1);
        if (m == null || !(m.type == Mention.Type.NAME || m.type == Mention.Type.TITLE
                || m.type == Mention.Type.ORGANISATION || m.type == Mention.Type.SPOKESPERSON) || !closesSentence(m.to, sTo)) {
            return null;
        }
        Attribution who = speakers.resolve(m, c).startingAt(m.from).by(SpeakerResolver.AFTER_CUE);
        if (who.isEmpty() && !who.unnamed()) {
            return null;
        }
        for (int k = sFrom; k < c; k++) {
            if (tok(k).isQuoteMark()) {
                return null;
            }
        }
        return finder.candidate(QuoteKind.INDIRECT, sFrom, c - 1, lemma, c, m.from, who);
    }

    /** The sentence's end, or an apposition running to it: ", superintendent of the industrial police." */
    private boolean closesSentence(int k, int sTo) {
        if (k >= sTo - 1) {
            return true;
        }
        if (!tok(k).is(",")) {
            return false;
        }
        for (int j = k + 1; j < sTo; j++) {
            if (tok(j).lemma != null && !tok(j).capitalised() || tok(j).isQuoteMark()) {
                return false; // "..., said Baker, adding that ...": another cue
            }
        }
        return true;
    }

    @Override
    Candidate at(int c, int sFrom, int sTo) {
        Token t = tok(c);
        String lemma = t.lemma;
        // a capitalised verb ("Speaking at ...") is context, not a cue
        if (lemma == null || t.capitalised() || !verbs.reportsSpeech(c, lemma)) {
            return null;
        }
        Candidate inverted = saidAtTheEnd(c, lemma, sFrom, sTo);
        if (inverted != null) {
            return inverted;
        }
        Attribution who = speaker(c, sFrom);
        // inverted order after a quotation: "..., said Mr X." is handled by the quote attributor
        if (who.isEmpty() && !who.unnamed() || vague(c) && !who.unnamed()) {
            return null;
        }
        ReportedClause.Content content = clauses.after(c, lemma, sTo);
        if (content == null) {
            content = clauses.beforeEndCue(c, who.from(), sFrom, sTo);
        }
        if (content == null || withheldAnswer(c, content.start())) {
            return null;
        }
        // "Naismith, who told officers that he had “never touched” the driver, showed no emotion": the relative
        // clause, and what was said with it, ends at its closing comma
        // "Putin, who he said was serious about peace, flew home", "a deal which he said was “serious”": the cue
        // inside a relative clause reports that clause only, up to its closing comma
        boolean relativeCue = relativeBefore(who.from());
        if (who.from() > 0 && (tok(who.from()).is("who") && tok(who.from() - 1).is(",") || relativeCue)) {
            int comma = index.firstCommaOutsideQuotes(content.start(), content.end());
            if (comma > content.start()) {
                content = new ReportedClause.Content(content.kind(), content.start(), comma, content.quoteOnly());
            }
        }
        Candidate cand = finder.candidate(content.kind(), content.start(), content.end(), lemma, c,
                who.from() >= 0 ? who.from() : c, who);
        cand.inRelativeClause = relativeCue;
        addWithWhom(cand, sFrom);
        if (content.quoteOnly()) {
            cand.kind = QuoteKind.PARTIAL;
        }
        return cand;
    }

    /** The speaker by the verb's form; its start is the subject search's even when another rule found them. */
    private Attribution speaker(int c, int sFrom) {
        if (tok(c).lower.endsWith("ing")) {
            return participleSpeaker(c, sFrom);
        }
        if (tok(c - 1).is("to")) {
            return speakers.mainSubject(sFrom, c);
        }
        Attribution who = speakers.speakerBefore(c, sFrom);
        Token prev = tok(c - 1);
        if (who.isEmpty() && !who.unnamed() && (prev.is("and") || prev.is("but") || prev.is(",") || prev.has(WordClass.SKIPPABLE))) {
            List<Candidate> current = finder.current;
            if (!current.isEmpty() && coordinatedWithPrevious(c)) {
                Candidate previous = current.get(current.size() - 1);
                return new Attribution(previous.speakers, who.from(),
                        AttributionConfidence.goingOn("coordinated-cue", previous.speakerRule), null);
            } else if (!insideEarlierContent(c)) {
                Attribution subject = speakers.mainSubject(sFrom, c);
                return subject.startingAt(who.from());
            }
        }
        return who;
    }

    private Attribution participleSpeaker(int c, int sFrom) {
        Mention m = finder.mentions.at(c - 1);
        if (m == null && !tok(c - 1).is(",") && verbs.futureBefore(sFrom, c)) {
            return Attribution.NONE; // "will move a motion calling for ...": a plan, not a statement
        }
        int from = -1;
        Token next = tok(c + 1);
        boolean opensContent = next != null && (next.is("that") || next.is(":") || next.isQuoteMark()
                || VerbUse.subjectPronoun(next) || next.is("the"));
        // "two young men arguing near a food table": after a plain noun, a participle whose clause opens with neither
        // content nor a name ("remarks which have included suggesting Kyiv “started” the war") describes them
        if (m == null && !opensContent && tok(c - 1).word && !tok(c - 1).capitalised()
                && !(next != null && next.word && next.capitalised()) && !OBJECT_PRONOUNS.contains(tok(c - 1).lower)) {
            return Attribution.NONE;
        }
        if (m != null && m.to == c && !tok(c - 1).is(",")) {
            if (!opensContent && !(m.from > 0 && tok(m.from - 1).is("with"))) {
                return Attribution.NONE; // "AI writing assistants": a noun phrase, not "with X saying that ..."
            }
            Attribution r = speakers.speakerBefore(c, sFrom);
            if (!r.isEmpty()) {
                return r;
            }
            from = r.from();
        }
        // "X said ..., adding that ...": the participle shares the subject of the sentence's earlier cue
        for (int h = finder.current.size() - 1; h >= 0; h--) {
            Candidate prev = finder.current.get(h);
            if (prev.cueToken < c && !prev.speakers.isEmpty() && tok(c - 1).is(",")
                    && !relativeBetween(prev.cueToken, c)) {
                return new Attribution(prev.speakers, from, "earlier-cue", null);
            }
        }
        for (int h = speakers.history.size() - 1; h >= 0; h--) {
            Candidate prev = speakers.history.get(h);
            if (tok(prev.cueToken).sentence == tok(c).sentence && prev.cueToken < c) {
                return new Attribution(prev.speakers, from, "earlier-statement", null);
            }
        }
        return speakers.nearestSubject(sFrom, c).startingAt(from);
    }

    /** "X confirmed the club had agreed a fee": the inner verb is part of what X reported. */
    private boolean insideEarlierContent(int c) {
        for (Candidate earlier : finder.current) {
            if (earlier.cueToken < c && earlier.start <= c && c < earlier.end) {
                return true;
            }
        }
        return false;
    }

    /** "called him a ... and suggested ...": the cue shares the subject of the previous cue of the sentence. */
    private boolean coordinatedWithPrevious(int c) {
        int k = c - 1;
        while (k > 0 && tok(k).has(WordClass.SKIPPABLE)) {
            k--;
        }
        return tok(k).is("and") || tok(k).is("but");
    }

    /** "which he said", "who she said", "whom they described as": a speaker opening a relative clause. */
    private boolean relativeBefore(int speakerFrom) {
        Token before = speakerFrom > 0 ? tok(speakerFrom - 1) : null;
        return before != null && !before.inQuote() && (before.is("which") || before.is("who") || before.is("whom"));
    }

    /** "remarks ..., which have included suggesting": the participle belongs to the relative clause. */
    private boolean relativeBetween(int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!tok(k).inQuote() && (tok(k).is("which") || tok(k).is("who") || tok(k).is("whose"))) {
                return true;
            }
        }
        return false;
    }

    /** "reports suggested": hearsay, no one's statement (but "Workers in Huron County said": a described source). */
    private boolean vague(int c) {
        Mention m = finder.mentions.at(c - 1);
        return m != null && m.type == Mention.Type.VAGUE && !m.rule.startsWith(KinMentions.RULE + ":");
    }

    /**
     * "did not say how many officers ...", "declined to say whether ...", "does not say who ...": a question the
     * speaker left unanswered, not a statement.
     */
    private boolean withheldAnswer(int c, int contentStart) {
        boolean question = false;
        for (int k = c + 1; k <= contentStart && tok(k) != null; k++) {
            question |= QUESTION_WORDS.contains(tok(k).lower) || tok(k).is("who");
        }
        if (!question) {
            return false;
        }
        for (int k = c - 1; k >= Math.max(0, c - 3); k--) {
            Token t = tok(k);
            if (t.is("not") || t.is("n't") || t.lower.endsWith("n't") || t.is("never") || t.is("declined")
                    || t.is("refused") || t.is("won't")) {
                return true;
            }
        }
        return false;
    }

    /** "X and Y, with whom he agreed that ...": X and Y agree too. */
    private void addWithWhom(Candidate cand, int sFrom) {
        int k = cand.speakerFrom - 1;
        if (k - 2 < sFrom || !tok(k).is("whom") || !tok(k - 1).is("with")) {
            return;
        }
        k -= 2;
        if (tok(k).is(",")) {
            k--;
        }
        boolean added = false;
        while (k >= sFrom) {
            Mention m = finder.mentions.at(k);
            if (m == null || m.to != k + 1 || m.actor() == null) {
                break;
            }
            for (ExtractedActor a : m.actors) {
                if (!cand.speakers.contains(a)) {
                    cand.speakers.add(a);
                    added = true;
                }
            }
            k = m.from - 1;
            if (k >= sFrom && tok(k).is("and")) {
                k--;
            } else {
                break;
            }
        }
        if (added) {
            cand.speakerRule = cand.speakerRule + "+with-whom";
        }
    }
}
