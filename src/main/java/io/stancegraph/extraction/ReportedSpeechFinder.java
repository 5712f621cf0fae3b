package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting cues outside quotations and builds INDIRECT and PARTIAL statements from them: "X said (that) ...",
 * "X told Y ...", participial cues (", saying ..."), cues at the end ("..., Downing Street said."), "according to X",
 * noun cues ("Washington's warning that ..."), quoted fragments ("called him a "dictator"").
 */
final class ReportedSpeechFinder {

    private static final Set<String> INTENTION = WordLists.set("intention-words");
    private static final Set<String> PLANS = WordLists.set("plan-words");
    private static final Set<String> ADDRESSEE_WORDS = WordLists.set("addressee-words");

    /** Documents through which an organisation speaks: "according to figures published by ...". */
    private static final Set<String> DOCUMENT_NOUNS = WordLists.set("document-nouns");
    private static final Set<String> ADVERBIAL_OPENERS = WordLists.set("adverbial-openers");
    private static final Set<String> NARRATIVE_SUBORDINATORS = WordLists.set("narrative-subordinators");
    private static final Set<String> DETERMINERS = WordLists.set("determiners");
    private static final Set<String> SUBJECT_PRONOUNS = WordLists.set("subject-pronouns");

    private final ArticleIndex index;
    private final MentionIndex mentions;
    private final SpeakerResolver speakers;
    /** Statements of the sentence being read, for coordinated cues ("called ... and suggested"). */
    private List<Candidate> current = List.of();

    ReportedSpeechFinder(ArticleIndex index, MentionIndex mentions, SpeakerResolver speakers) {
        this.index = index;
        this.mentions = mentions;
        this.speakers = speakers;
    }

    private Token tok(int i) {
        return index.token(i);
    }

    /** Statements of one sentence (token range), given the tokens already claimed by direct quotations. */
    List<Candidate> find(int sFrom, int sTo, boolean[] claimed) {
        List<Candidate> found = new ArrayList<>();
        current = found;
        boolean askedPreamble = tok(sFrom).is("asked");
        int preambleEnd = askedPreamble ? firstCommaOutsideQuotes(sFrom, sTo) : -1;
        if (askedPreamble && preambleEnd > 0) {
            Candidate question = askedBy(sFrom, preambleEnd);
            if (question != null) {
                found.add(question);
            }
        }
        for (int c = sFrom; c < sTo; c++) {
            Token t = tok(c);
            if (!t.word || claimed[c] || (c < preambleEnd)) {
                continue;
            }
            if (t.inQuote() && !embeddedCueInQuote(c)) {
                continue;
            }
            if (t.is("according") && tok(c + 1) != null && tok(c + 1).is("to")) {
                Candidate a = accordingTo(c, sFrom, sTo);
                if (a != null) {
                    found.add(a);
                }
                continue;
            }
            String nounCue = ReportingVerbs.nounCue(t.lower);
            if (nounCue != null && (c == sFrom || !isVerbContext(c))) {
                Candidate n = nounCue(c, nounCue, sFrom, sTo);
                if (n != null) {
                    found.add(n);
                    continue;
                }
            }
            String lemma = t.lemma;
            if (lemma == null || t.capitalised() && c != sFrom) {
                continue;
            }
            if (t.capitalised()) {
                continue; // "Speaking at ..." openers are handled as context, not as cues
            }
            if (!acceptableVerbUse(c, lemma)) {
                continue;
            }
            Candidate cand = verbCue(c, lemma, sFrom, sTo);
            if (cand != null) {
                found.add(cand);
            }
        }
        trimAtNextSpeaker(found, sTo);
        return found;
    }

    private boolean embeddedCueInQuote(int c) {
        // 'had "repeated that ..."': a cue opening a quoted fragment, with its subject outside the quote
        Token prev = tok(c - 1);
        return prev != null && prev.isQuoteMark() && !prev.inQuote() && tok(c + 1) != null && tok(c + 1).is("that");
    }

    private boolean isVerbContext(int c) {
        Token prev = tok(c - 1);
        return prev != null && (prev.is(",") || prev.has(WordClass.AUXILIARY)
                || mentions.at(c - 1) != null && mentions.at(c - 1).type == Mention.Type.PRONOUN);
    }

    private int firstCommaOutsideQuotes(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tok(k).is(",") && !tok(k).inQuote()) {
                return k;
            }
        }
        return -1;
    }

    private boolean acceptableVerbUse(int c, String lemma) {
        Token prev = tok(c - 1);
        Token next = tok(c + 1);
        if (prev == null) {
            return false;
        }
        // "X is expected to announce", "he will announce": plans, not statements
        if (prev.is("to")) {
            for (int k = c - 2; k >= Math.max(0, c - 10) && tok(k).sentence == tok(c).sentence; k--) {
                if (INTENTION.contains(tok(k).lower) && tok(k + 1).is("to")) {
                    return false;
                }
            }
        }
        if (prev.possessive()) {
            return false; // "Mr Trump's remarks": a noun
        }
        if (prev.has(WordClass.AUXILIARY) && !prev.is("has") && !prev.is("have")
                && !prev.is("had") && !prev.is("did")) {
            // "are said to be": passive hearsay; "will announce": future
            return false;
        }
        if ((prev.is("been") || prev.is("being")) && !lemma.equals("tell")) {
            return false;
        }
        if (next != null && next.is("to") && (prev.is("is") || prev.is("are") || prev.is("was") || prev.is("were"))) {
            return false;
        }
        if (prev.is("the") || prev.is("a") || prev.is("an") || prev.is("his") || prev.is("her") || prev.is("their")
                || prev.is("its")) {
            return false; // a noun: "the call", "a warning"
        }
        if (lemma.equals("discuss")) {
            return next != null && (next.is("how") || next.is("whether") || next.is("that") || next.is("what"));
        }
        if (lemma.equals("call") && next != null && (next.is("with") || next.is("between"))) {
            return false;
        }
        if (next != null && (lemma.equals("add") && next.is("to")
                || lemma.equals("ask") && (next.is("for") || next.is("not")))) {
            return false; // "adding to concerns", "asks for a flat white", "asked not to be named": not speech
        }
        if (ReportingVerbs.needsThat(lemma) && !thatFollows(c)) {
            return false;
        }
        return true;
    }

    private Candidate verbCue(int c, String lemma, int sFrom, int sTo) {
        Token t = tok(c);
        boolean participle = t.lower.endsWith("ing");
        int[] speakerFrom = {-1};
        List<ExtractedActor> who;
        if (participle) {
            who = participleSpeaker(c, sFrom, speakerFrom);
        } else if (tok(c - 1).is("to")) {
            who = speakers.mainSubject(sFrom, c);
        } else {
            who = speakers.speakerBefore(c, sFrom, speakerFrom);
            if (who.isEmpty() && (tok(c - 1).is("and") || tok(c - 1).is("but") || tok(c - 1).is(",")
                    || tok(c - 1).has(WordClass.SKIPPABLE))) {
                if (!current.isEmpty() && coordinatedWithPrevious(c)) {
                    who = current.get(current.size() - 1).speakers;
                } else if (!insideEarlierContent(c)) {
                    who = speakers.mainSubject(sFrom, c);
                }
            }
        }
        // inverted order after a quotation: "..., said Mr X." is handled by the quote attributor
        if (who.isEmpty() || vague(c)) {
            return null;
        }
        Content content = content(c, lemma, sFrom, sTo);
        if (content == null) {
            content = clauseBeforeEndCue(c, speakerFrom[0], sFrom, sTo);
        }
        if (content == null) {
            return null;
        }
        // "Naismith, who told officers that he had “never touched” the driver, showed no emotion": the relative
        // clause, and what was said with it, ends at its closing comma
        if (speakerFrom[0] > 0 && tok(speakerFrom[0]).is("who") && tok(speakerFrom[0] - 1).is(",")) {
            int comma = firstCommaOutsideQuotes(content.start, content.end);
            if (comma > content.start) {
                content = new Content(content.kind, content.start, comma, content.quoteOnly);
            }
        }
        Candidate cand = candidate(content.kind, content.start, content.end, lemma, c,
                speakerFrom[0] >= 0 ? speakerFrom[0] : c, who);
        addWithWhom(cand, sFrom);
        if (content.quoteOnly) {
            cand.kind = QuoteKind.PARTIAL;
        }
        return cand;
    }

    private boolean futureBefore(int sFrom, int c) {
        for (int k = sFrom; k < c; k++) {
            if (!tok(k).inQuote() && (tok(k).is("will") || tok(k).is("shall") || PLANS.contains(tok(k).lower)
                    && tok(k + 1) != null && tok(k + 1).is("to"))) {
                return true;
            }
        }
        return false;
    }

    /** "Asked by Senator X whether the company had cut inspections, Y replied ...": X asked. */
    private Candidate askedBy(int sFrom, int preambleEnd) {
        if (!tok(sFrom + 1).is("by")) {
            return null;
        }
        Mention asker = mentions.at(sFrom + 2);
        if (asker == null || asker.from != sFrom + 2 || asker.to >= preambleEnd) {
            return null;
        }
        List<ExtractedActor> who = speakers.resolve(asker, sFrom);
        Token question = tok(asker.to);
        if (who.isEmpty() || !(question.is("whether") || question.is("if") || question.is("why") || question.is("how")
                || question.is("what") || question.is("when"))) {
            return null;
        }
        int start = question.is("whether") || question.is("if") ? asker.to + 1 : asker.to;
        if (wordCount(start, preambleEnd) < 3) {
            return null;
        }
        return candidate(QuoteKind.INDIRECT, start, preambleEnd, "ask", sFrom, asker.from, who);
    }

    /** "X confirmed the club had agreed a fee": the inner verb is part of what X reported. */
    private boolean insideEarlierContent(int c) {
        for (Candidate earlier : current) {
            if (earlier.cueToken < c && earlier.start <= c && c < earlier.end) {
                return true;
            }
        }
        return false;
    }

    /** A statement's content [start, end), its cue word at {@code cueToken}, said by {@code who}. */
    private Candidate candidate(QuoteKind kind, int start, int end, String lemma, int cueToken, int speakerFrom,
            List<ExtractedActor> who) {
        Candidate cand = new Candidate(kind, start, end, lemma);
        cand.cueToken = cueToken;
        cand.speakerFrom = speakerFrom;
        cand.speakers.addAll(who);
        cand.sentence = tok(cueToken).sentence;
        return cand;
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
        while (k >= sFrom) {
            Mention m = mentions.at(k);
            if (m == null || m.to != k + 1 || m.actor() == null) {
                break;
            }
            for (ExtractedActor a : m.actors) {
                if (!cand.speakers.contains(a)) {
                    cand.speakers.add(a);
                }
            }
            k = m.from - 1;
            if (k >= sFrom && tok(k).is("and")) {
                k--;
            } else {
                break;
            }
        }
    }

    /** "called him a ... and suggested ...": the cue shares the subject of the previous cue of the sentence. */
    private boolean coordinatedWithPrevious(int c) {
        int k = c - 1;
        while (k > 0 && tok(k).has(WordClass.SKIPPABLE)) {
            k--;
        }
        return tok(k).is("and") || tok(k).is("but");
    }

    private boolean vague(int c) {
        Mention m = mentions.at(c - 1);
        return m != null && m.type == Mention.Type.VAGUE;
    }

    private List<ExtractedActor> participleSpeaker(int c, int sFrom, int[] speakerFrom) {
        Mention m = mentions.at(c - 1);
        if (m == null && !tok(c - 1).is(",") && futureBefore(sFrom, c)) {
            return List.of(); // "will move a motion calling for ...": a plan, not a statement
        }
        if (m != null && m.to == c && !tok(c - 1).is(",")) {
            Token next = tok(c + 1);
            boolean opensContent = next != null && (next.is("that") || next.is(":") || next.isQuoteMark()
                    || SUBJECT_PRONOUNS.contains(next.lower) || next.is("the"));
            if (!opensContent && !(m.from > 0 && tok(m.from - 1).is("with"))) {
                return List.of(); // "AI writing assistants": a noun phrase, not "with X saying that ..."
            }
            List<ExtractedActor> r = speakers.speakerBefore(c, sFrom, speakerFrom);
            if (!r.isEmpty()) {
                return r;
            }
        }
        // "X said ..., adding that ...": the participle shares the subject of the sentence's earlier cue
        for (int h = current.size() - 1; h >= 0; h--) {
            Candidate prev = current.get(h);
            if (prev.cueToken < c && !prev.speakers.isEmpty() && tok(c - 1).is(",") && !relativeBetween(prev.cueToken, c)) {
                return prev.speakers;
            }
        }
        for (int h = speakers.history.size() - 1; h >= 0; h--) {
            Candidate prev = speakers.history.get(h);
            if (tok(prev.cueToken).sentence == tok(c).sentence && prev.cueToken < c) {
                return prev.speakers;
            }
        }
        return speakers.nearestSubject(sFrom, c);
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

    /** "Putin is prevaricating, David Lammy has said." : the clause before the speaker is the content. */
    private Content clauseBeforeEndCue(int c, int speakerFrom, int sFrom, int sTo) {
        if (speakerFrom <= sFrom + 1 || !tok(speakerFrom - 1).is(",")) {
            return null;
        }
        for (int j = c + 1; j < sTo; j++) {
            Token t = tok(j);
            if (t.inQuote() || t.is("that") || t.is(":") || (t.lemma != null && !t.capitalised())) {
                return null;
            }
        }
        int end = speakerFrom - 1;
        int start = sFrom;
        if (tok(start).inQuote() || tok(start).isQuoteMark() && tok(start + 1) != null && tok(start + 1).inQuote()
                && tok(end - 1).isQuoteMark()) {
            return null; // a direct quotation, attributed by the quote attributor
        }
        return end > start ? new Content(QuoteKind.INDIRECT, start, end, false) : null;
    }

    private record Content(QuoteKind kind, int start, int end, boolean quoteOnly) {
    }

    private Content content(int c, String lemma, int sFrom, int sTo) {
        ReportingVerbs.Frame frame = ReportingVerbs.frame(lemma);
        int k = c + 1;
        if (k >= sTo) {
            return null;
        }
        // skip adverbials such as "on Thursday", "throughout Thursday", "later", "in a statement"
        int that = -1;
        boolean determined = false;
        for (int j = k; j < Math.min(sTo, k + 10); j++) {
            Token t = tok(j);
            if (t.is("that") && !t.inQuote()) {
                that = j;
                break;
            }
            // "said the president would veto any bill that ...": the clause has begun; its "that" is inside it
            // a reporting word after "a" or "the" is a noun: "wrote in a blog post that ..."
            boolean verb = t.lemma != null && !determined;
            determined |= DETERMINERS.contains(t.lower);
            if (!t.word || t.inQuote() || verb || t.has(WordClass.AUXILIARY) || SUBJECT_PRONOUNS.contains(t.lower)) {
                break;
            }
        }
        if (tok(k).is(":")) {
            return null; // a direct quotation follows; the quote attributor owns it
        }
        if (frame == ReportingVerbs.Frame.ADDRESSEE_CLAUSE || lemma.equals("warn") || lemma.equals("accuse")
                || frame == ReportingVerbs.Frame.OBJECT_FRAGMENT) {
            k = skipAddressee(k, sTo);
            if (k < sTo && tok(k).is(":")) {
                return null;
            }
        }
        if (that >= 0 && (frame == ReportingVerbs.Frame.CLAUSE || frame == ReportingVerbs.Frame.ADDRESSEE_CLAUSE
                || frame == ReportingVerbs.Frame.OBJECT_CONTENT)) {
            k = that + 1;
        } else if (tok(k) != null && (tok(k).is("if") || tok(k).is("whether") || tok(k).is("how"))) {
            k++;
        }
        if (k >= sTo) {
            return null;
        }
        int end = clauseEnd(k, sTo);
        if (end <= k || adverbialOnly(k, end)) {
            return null; // "..., the company announced on Thursday.": the content comes before the cue
        }
        boolean hasQuote = false;
        for (int j = k; j < end; j++) {
            hasQuote |= tok(j).inQuote();
        }
        if (!hasQuote && wordCount(k, end) < 3) {
            return null; // "predicted only one", "said no": too little to be a reported clause
        }
        boolean toQuote = ReportingVerbs.toTakesQuoteOnly(lemma) && tok(c + 1) != null && tok(c + 1).is("to");
        if (ReportingVerbs.toTakesQuoteOnly(lemma) && !toQuote && that < 0 && commitmentAfterAdverbial(c + 1, sTo)) {
            return null; // "agreed on Tuesday to resume talks": a commitment, not a statement
        }
        if (toQuote && frame != ReportingVerbs.Frame.OBJECT_FRAGMENT && !lemma.equals("urge")
                && !(tok(c + 2) != null && tok(c + 2).isQuoteMark())) {
            return null; // "agreed to raise ...": a commitment, not a statement
        }
        if ((lemma.equals("write") || lemma.equals("reply") || lemma.equals("respond")) && tok(k) != null
                && (tok(k).is("to") || tok(k).is("back"))) {
            return null; // "wrote to the Prime Minister": the addressee, not the content
        }
        if (frame == ReportingVerbs.Frame.OBJECT_FRAGMENT || ReportingVerbs.quoteOnly(lemma) || toQuote) {
            if (tok(k) != null && tok(k).is("for") && lemma.equals("call") && !hasQuote) {
                return new Content(QuoteKind.INDIRECT, k + 1, end, false);
            }
            if (!hasQuote) {
                if ((lemma.equals("urge") || lemma.equals("call")) && tok(k) != null && tok(k).is("to")) {
                    return new Content(QuoteKind.INDIRECT, k + 1, end, false);
                }
                if (frame != ReportingVerbs.Frame.OBJECT_FRAGMENT && !ReportingVerbs.quoteOnly(lemma)
                        && !(ReportingVerbs.toTakesQuoteOnly(lemma) && tok(c + 1).is("to"))) {
                    return new Content(QuoteKind.INDIRECT, k, end, false);
                }
                return null;
            }
            // the quoted fragment(s) only
            int qs = -1;
            int qe = -1;
            for (int j = k; j < end; j++) {
                if (tok(j).inQuote()) {
                    if (qs < 0) {
                        qs = j;
                    } else if (tok(j).quote != tok(qs).quote) {
                        break;
                    }
                    qe = j + 1;
                }
            }
            return new Content(QuoteKind.PARTIAL, qs, qe, true);
        }
        if (tok(c + 1) != null && tok(c + 1).is("to") && ReportingVerbs.toTakesQuoteOnly(lemma)) {
            return null;
        }
        // a reported clause that is entirely one quotation is a direct quotation
        if (tok(k).isQuoteMark() && !tok(k).inQuote() && tok(k + 1) != null && tok(k + 1).inQuote()
                && tok(end - 1).isQuoteMark() && tok(end - 2).inQuote() && tok(k + 1).quote == tok(end - 2).quote
                && wordCount(k, end) >= 4) {
            return new Content(QuoteKind.DIRECT, k + 1, end - 1, false);
        }
        if (tok(k - 1) != null && tok(k).inQuote() && tok(end - 1).inQuote() && tok(k).quote == tok(end - 1).quote) {
            Quotation q = index.quotes.get(tok(k).quote);
            if (index.tokenAt(q.contentStart()) == k && wordCount(k, end) >= 4) {
                return new Content(QuoteKind.DIRECT, k, end, false);
            }
        }
        return new Content(QuoteKind.INDIRECT, k, end, false);
    }

    /** "on Tuesday to resume", "last week to raise": a to-infinitive after a short adverbial. */
    private boolean commitmentAfterAdverbial(int k, int sTo) {
        if (tok(k) == null || !ADVERBIAL_OPENERS.contains(tok(k).lower)) {
            return false; // "called for the government to act": the content, not a commitment
        }
        for (int j = k; j < Math.min(sTo, k + 5); j++) {
            Token t = tok(j);
            if (t.inQuote() || t.isQuoteMark() || t.is("that") || t.is(",")) {
                return false;
            }
            if (t.is("to") && j > k && tok(j + 1) != null && tok(j + 1).word && !tok(j + 1).capitalised()
                    && !tok(j + 1).is("the") && !tok(j + 1).is("a")) {
                return true;
            }
        }
        return false;
    }

    /** A reporting verb in the past tense right after "and": "and called for", "and warned that", "and added". */
    private boolean coordinatedCue(int j) {
        Token t = tok(j);
        if (t == null || t.inQuote() || t.lemma == null || t.capitalised()) {
            return false;
        }
        boolean past = t.lower.endsWith("ed") || t.is("said") || t.is("told") || t.is("wrote");
        return past && (!ReportingVerbs.needsThat(t.lemma) || thatFollows(j));
    }

    /** "noted that", "posted on LinkedIn that": "that" after the verb, past a short adverbial at most. */
    private boolean thatFollows(int c) {
        for (int j = c + 1; j < c + 6 && tok(j) != null && tok(j).sentence == tok(c).sentence; j++) {
            Token t = tok(j);
            if (t.is("that")) {
                return !t.inQuote();
            }
            if (j == c + 1 ? !ADVERBIAL_OPENERS.contains(t.lower) : (!t.word || t.inQuote() || t.has(WordClass.AUXILIARY)
                    || SUBJECT_PRONOUNS.contains(t.lower))) {
                return false;
            }
        }
        return false;
    }

    /** "on Thursday", "last week", "in a statement": circumstances, not a reported clause. */
    private boolean adverbialOnly(int from, int to) {
        Token first = tok(from);
        if (first.inQuote() || wordCount(from, to) > 6 || !ADVERBIAL_OPENERS.contains(first.lower)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            if (tok(j).inQuote() || tok(j).has(WordClass.AUXILIARY) || tok(j).is("that")) {
                return false;
            }
        }
        return true;
    }

    private int wordCount(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (tok(j).word) {
                n++;
            }
        }
        return n;
    }

    /** Skips the addressee of tell/promise/ask/urge: "told MPs", "promising the leader", "asked Mr Lammy". */
    private int skipAddressee(int k, int sTo) {
        Mention m = mentions.at(k);
        if (m != null && m.from == k && m.type != Mention.Type.PRONOUN) {
            return m.to;
        }
        Token t = tok(k);
        if (t != null && ADDRESSEE_WORDS.contains(t.lower) && !t.is("the")) {
            return k + 1;
        }
        if (t != null && (t.is("the") || t.is("other") || t.is("his") || t.is("her") || t.is("their"))) {
            int j = k + 1;
            while (j < sTo && j < k + 4 && tok(j).word && !tok(j).inQuote() && !tok(j).is("to") && !tok(j).is("that")
                    && !tok(j).is("of") && !tok(j).is("as") && !tok(j).is("a") && mentions.at(j) == null
                    && !tok(j).has(WordClass.AUXILIARY)) {
                j++;
            }
            return j;
        }
        return k;
    }

    /** Where a reported clause ends: the sentence end, a participle or absolute "with" phrase, a new clause. */
    private int clauseEnd(int k, int sTo) {
        int end = sTo;
        int depth = 0;
        for (int j = k; j < sTo; j++) {
            Token t = tok(j);
            if (t.inQuote()) {
                continue;
            }
            // "said the results were welcome and called for ...": a second cue of the same speaker ends the clause
            if ((t.is("and") || t.is("but")) && j > k && depth == 0 && coordinatedCue(j + 1)) {
                end = tok(j - 1).is(",") ? j - 1 : j;
                break;
            }
            // after a quoted fragment: "admitted his side are 'in a dogfight' after a third defeat", "said it had
            // “made mistakes” and apologised to residents": the reporter's narrative resumes
            if (j > k && depth == 0 && tok(j - 1).isQuoteMark() && tok(j - 2) != null && tok(j - 2).inQuote()
                    && (NARRATIVE_SUBORDINATORS.contains(t.lower) || (t.is("and") && pastNarrativeVerb(j + 1)))) {
                end = j;
                break;
            }
            if (t.is("–") || t.is("—")) {
                depth = depth == 0 ? 1 : 0;
                continue;
            }
            if (!t.is(",") || depth > 0) {
                continue;
            }
            Token n = tok(j + 1);
            if (n == null || j + 1 >= sTo) {
                continue;
            }
            if (n.is("with") || (n.word && !n.capitalised() && n.lower.endsWith("ing") && n.lower.length() > 5)
                    || n.is("according")) {
                end = j;
                break;
            }
            if (n.is("and") || n.is("but")) {
                Mention m = mentions.at(j + 2);
                if (m != null && m.from == j + 2 && speakers.subjectMarked(m)) {
                    end = j;
                    break;
                }
            }
        }
        // trailing punctuation and unmatched closing marks
        while (end > k) {
            Token t = tok(end - 1);
            if (t.inQuote()) {
                break;
            }
            if (t.is(".") || t.is(",") || t.is(";") || t.is(":") || (t.isQuoteMark() && !closesQuoteIn(end - 1, k))
                    || t.has(WordClass.CONNECTOR)) {
                end--;
                continue;
            }
            break;
        }
        return end;
    }

    /** "and apologised", "and left": a past-tense verb, not a new subject or a reporting verb's clause. */
    private boolean pastNarrativeVerb(int j) {
        Token t = tok(j);
        return t != null && t.word && !t.capitalised() && !t.inQuote() && t.lemma == null && t.lower.endsWith("ed")
                && !t.has(WordClass.AUXILIARY);
    }

    private boolean closesQuoteIn(int mark, int from) {
        Token prev = tok(mark - 1);
        return prev != null && prev.inQuote() && index.tokenAt(index.quotes.get(prev.quote).contentStart()) >= from
                && index.quotes.get(prev.quote).close() == tok(mark).start;
    }

    /** Clause ends before the next cue's speaker: "X said A and said B", "A, as Y claimed B". */
    private void trimAtNextSpeaker(List<Candidate> found, int sTo) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate a = found.get(i);
            Candidate b = found.get(i + 1);
            int boundary = Math.min(b.speakerFrom, b.cueToken);
            if (b.start == sentenceStartOf(b) && b.end < b.cueToken && boundary > a.start && boundary < a.end) {
                int end = boundary;
                while (end > a.start && (tok(end - 1).is(",") || tok(end - 1).is("."))) {
                    end--;
                }
                a.end = end;
                continue;
            }
            if (boundary > a.start && boundary < a.end && a.cueToken < b.cueToken && b.start >= a.start) {
                int end = boundary;
                boolean connector = false;
                while (end > a.start && (tok(end - 1).has(WordClass.CONNECTOR) || tok(end - 1).is(","))) {
                    connector |= tok(end - 1).has(WordClass.CONNECTOR);
                    end--;
                }
                // without a connector the other cue is nested inside this clause: nesting decides, not trimming
                if (!connector) {
                    continue;
                }
                a.end = end;
            }
        }
    }

    private int sentenceStartOf(Candidate c) {
        return index.sentenceOf(c.cueToken)[0];
    }

    private Candidate accordingTo(int c, int sFrom, int sTo) {
        Mention m = speakers.mentionAfter(c + 2);
        // "according to price reporting agency Argent Pricing": a description before the name
        for (int j = c + 2; m == null && j < Math.min(sTo, c + 6) && tok(j).word && !tok(j).capitalised()
                && !tok(j).is("the") && !tok(j).is("a") && !tok(j).is("an"); j++) {
            Mention named = speakers.mentionAfter(j + 1);
            if (named != null && named.type != Mention.Type.PRONOUN) {
                m = named;
            }
        }
        if (m == null) {
            m = publisherOfDocument(c + 2, sTo);
        }
        if (m == null) {
            return null;
        }
        List<ExtractedActor> who = speakers.resolve(m, c);
        if (who.isEmpty()) {
            return null;
        }
        int start;
        int end;
        if (c == sFrom) {
            start = m.to;
            // "According to figures published by the agency on Thursday, ...": the clause follows the comma
            for (int j = start; j < Math.min(sTo, m.to + 6); j++) {
                if (tok(j).is(",")) {
                    start = j;
                    break;
                }
            }
            if (tok(start) != null && tok(start).is(",")) {
                start++;
            }
            // "According to a report by the Trust, a research charity, the cliffs ...": past the apposition
            if (tok(start) != null && (tok(start).is("a") || tok(start).is("an"))) {
                for (int j = start + 1; j < Math.min(sTo, start + 7); j++) {
                    if (tok(j).is(",")) {
                        start = j + 1;
                        break;
                    }
                }
            }
            end = clauseEnd(start, sTo);
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
        return candidate(QuoteKind.INDIRECT, start, end, "according to", c, c, who);
    }

    /** "according to figures published by the Environment Agency", "according to a report from Oxfam". */
    private Mention publisherOfDocument(int k, int sTo) {
        int j = k;
        if (tok(j) != null && (tok(j).is("a") || tok(j).is("an") || tok(j).is("the") || tok(j).is("new")
                || tok(j).is("official") || tok(j).is("latest"))) {
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
            if (tok(p).is("by") || tok(p).is("from") || tok(p).is("of")) {
                Mention m = speakers.mentionAfter(p + 1);
                return m != null && m.type != Mention.Type.PRONOUN ? m : null;
            }
            // "a report published in March by ..."
            if (!tok(p).word || tok(p).capitalised() && !DateResolver.isMonthOrWeekday(tok(p).lower)) {
                return null;
            }
        }
        return null;
    }

    private Candidate nounCue(int c, String lemma, int sFrom, int sTo) {
        Token next = tok(c + 1);
        if (next == null) {
            return null;
        }
        List<ExtractedActor> who;
        int speakerFrom;
        int contentStart;
        if (lemma.equals("call") && next.is("from")) {
            Mention m = speakers.mentionAfter(c + 2);
            if (m == null || tok(m.to) == null || !tok(m.to).is("for")) {
                return null;
            }
            who = speakers.resolve(m, c);
            speakerFrom = m.from;
            contentStart = m.to + 1;
        } else {
            // "Washington's warning that", "US demands that", "Nato's official position ... is that"
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
                    return null;
                }
                k++;
            }
            if (!(tok(k) != null && tok(k).is("that"))) {
                return null;
            }
            contentStart = k + 1;
            if (lemma.equals("express concern")) {
                Token verb = tok(c - 1);
                if (verb == null || !(verb.lower.startsWith("express") || verb.lower.startsWith("raise")
                        || verb.lower.startsWith("voice"))) {
                    return null;
                }
                int[] from = {-1};
                List<ExtractedActor> who2 = speakers.speakerBefore(c - 1, sFrom, from);
                if (who2.isEmpty()) {
                    return null;
                }
                return candidate(QuoteKind.INDIRECT, contentStart, clauseEnd(contentStart, sTo), lemma, c,
                        from[0], who2);
            }
            int before = c - 1;
            while (before >= sFrom && (tok(before).is("official") || tok(before).is("repeated")
                    || tok(before).is("stark") || tok(before).is("latest") || tok(before).is("previous"))) {
                before--;
            }
            Mention m = before >= sFrom ? mentions.at(before) : null;
            if (m == null || m.to != before + 1) {
                return null;
            }
            who = speakers.resolve(m, c);
            speakerFrom = m.from;
            if (m.type == Mention.Type.PRONOUN) {
                return null;
            }
        }
        if (who.isEmpty()) {
            return null;
        }
        int end;
        if (speakerFrom > sFrom && isFrontedPhrase(sFrom)) {
            int comma = firstCommaOutsideQuotes(contentStart, sTo);
            end = comma > 0 ? comma : clauseEnd(contentStart, sTo);
        } else {
            end = clauseEnd(contentStart, sTo);
        }
        if (end <= contentStart) {
            return null;
        }
        return candidate(QuoteKind.INDIRECT, contentStart, end, lemma, c, speakerFrom, who);
    }

    private boolean isFrontedPhrase(int sFrom) {
        Token t = tok(sFrom);
        return t.is("following") || t.is("after") || t.is("amid") || t.is("despite") || t.is("given")
                || t.is("before") || t.is("since") || t.is("in");
    }
}
