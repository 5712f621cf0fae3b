package io.stancegraph.extraction;

import java.util.Set;

/**
 * What a reporting verb reports, by how the verb takes its content ({@link ReportingVerbs.Frame}): the clause after
 * it, past a short adverbial, "that", "if"/"whether"/"how" or the addressee ("told MPs that ..."); only the quoted
 * fragment for verbs that need one (called him a "dictator"); the clause before an end cue ("Putin is prevaricating,
 * David Lammy has said."). A clause that is one whole quotation is a direct quotation. A colon after the verb leaves
 * the quotation to the quote attributor; a commitment ("agreed to raise ...") and a bare adverbial ("..., the
 * company announced on Thursday.") report nothing.
 */
final class ReportedClause extends TokenReader {

    private static final Set<String> WHERE_WORDS = Set.of("to", "with", "on", "at", "for", "the", "a", "an", "of",
            "and", "in", "separate");

    /** A clause's kind and tokens [start, end); {@code quoteOnly} when only its quoted fragment counts. */
    record Content(QuoteKind kind, int start, int end, boolean quoteOnly) {
    }

    /** Addressees after tell, promise, ask, urge, warn and accuse: "told reporters". */
    private static final Set<String> ADDRESSEE_WORDS = WordLists.set("addressee-words");
    /** A reporting word after one of these is a noun: "wrote in a blog post that ...". */
    private static final Set<String> DETERMINERS = WordLists.set("determiners");

    private final MentionIndex mentions;
    private final ClauseBoundary clauses;

    ReportedClause(ArticleIndex index, MentionIndex mentions, ClauseBoundary clauses) {
        super(index);
        this.mentions = mentions;
        this.clauses = clauses;
    }

    /** The content of the verb at {@code c} ({@code lemma}) in the sentence ending at {@code sTo}, or null. */
    Content after(int c, String lemma, int sTo) {
        ReportingVerbs.Frame frame = ReportingVerbs.frame(lemma);
        int k = c + 1;
        if (k >= sTo) {
            return null;
        }
        int that = thatNearby(k, sTo);
        if (tok(k).is(":")) {
            return null; // a direct quotation follows; the quote attributor owns it
        }
        if (adjunctAfterComma(k, sTo)) {
            return null; // "..., investigators said Thursday, in the latest close call": the content comes before
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
        if (tok(k).is("nothing")) {
            return null; // "said nothing when he appeared in court": silence, not a statement
        }
        if (that < 0 && k == c + 1 && !tok(k).is("as")
                && ClauseBoundary.NARRATIVE_SUBORDINATORS.contains(tok(k).lower)) {
            return null; // "who conceded before the result was declared": when, not what
        }
        int end = clauses.end(k, sTo);
        if (end <= k || adverbialOnly(k, end)) {
            return null; // "..., the company announced on Thursday.": the content comes before the cue
        }
        return clause(c, lemma, frame, k, end, that, sTo);
    }

    /**
     * The "that" of the verb within ten tokens, before the clause has begun ("said the president would veto any bill
     * that ..." has begun at "the president"; "wrote in a blog post that": after "a" a reporting word is a noun).
     */
    private int thatNearby(int k, int sTo) {
        boolean determined = false;
        for (int j = k; j < Math.min(sTo, k + 10); j++) {
            Token t = tok(j);
            if (t.is("that") && !t.inQuote()) {
                return j;
            }
            boolean verb = t.lemma != null && !determined;
            determined |= DETERMINERS.contains(t.lower);
            if (!t.word || t.inQuote() || verb || t.has(WordClass.AUXILIARY) || VerbUse.subjectPronoun(t)) {
                break;
            }
        }
        return -1;
    }

    /** The content [k, end) by the verb's frame. */
    private Content clause(int c, String lemma, ReportingVerbs.Frame frame, int k, int end, int that, int sTo) {
        boolean hasQuote = false;
        for (int j = k; j < end; j++) {
            hasQuote |= tok(j).inQuote();
        }
        if (!hasQuote && index.wordCount(k, end) < 3) {
            return null; // "predicted only one", "said no": too little to be a reported clause
        }
        boolean toTakesQuoteOnly = ReportingVerbs.toTakesQuoteOnly(lemma);
        boolean toQuote = toTakesQuoteOnly && tok(c + 1) != null && tok(c + 1).is("to");
        if (toTakesQuoteOnly && !toQuote && that < 0 && commitmentAfterAdverbial(c + 1, sTo)) {
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
            return fragment(c, lemma, frame, k, end, hasQuote);
        }
        if (tok(c + 1) != null && tok(c + 1).is("to") && toTakesQuoteOnly) {
            return null;
        }
        return wholeQuotation(k, end);
    }

    /** Verbs that report a quoted fragment: the fragment, or without one the clause where the verb allows it. */
    private Content fragment(int c, String lemma, ReportingVerbs.Frame frame, int k, int end, boolean hasQuote) {
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

    /** A reported clause that is entirely one quotation is a direct quotation; else an indirect statement. */
    private Content wholeQuotation(int k, int end) {
        if (tok(k).isQuoteMark() && !tok(k).inQuote() && tok(k + 1) != null && tok(k + 1).inQuote()
                && tok(end - 1).isQuoteMark() && tok(end - 2).inQuote() && tok(k + 1).quote == tok(end - 2).quote
                && index.wordCount(k, end) >= 4) {
            return new Content(QuoteKind.DIRECT, k + 1, end - 1, false);
        }
        Content quotedBeforeAdverbial = quotationBeforeAdverbial(k, end);
        if (quotedBeforeAdverbial != null) {
            return quotedBeforeAdverbial;
        }
        if (tok(k - 1) != null && tok(k).inQuote() && tok(end - 1).inQuote() && tok(k).quote == tok(end - 1).quote) {
            Quotation q = index.quotes.get(tok(k).quote);
            if (index.tokenAt(q.contentStart()) == k && index.wordCount(k, end) >= 4) {
                return new Content(QuoteKind.DIRECT, k, end, false);
            }
        }
        return new Content(QuoteKind.INDIRECT, k, end, false);
    }

    /**
     * 'said "we are ready for anything" on Monday': a quotation followed only by when, where or how it was said is
     * the content on its own, direct when it is a clause and partial when it is a fragment; the adverbial stays
     * outside the statement, where the date and the event are read from.
     */
    private Content quotationBeforeAdverbial(int k, int end) {
        if (!tok(k).isQuoteMark() || tok(k).inQuote() || tok(k + 1) == null || !tok(k + 1).inQuote()) {
            return null;
        }
        int close = k + 1;
        while (close < end && tok(close).inQuote() && tok(close).quote == tok(k + 1).quote) {
            close++;
        }
        if (close + 1 >= end || !tok(close).isQuoteMark() || tok(close).inQuote() || !adverbialOnly(close + 1, end)) {
            return null;
        }
        return new Content(index.wordCount(k + 1, close) >= 4 ? QuoteKind.DIRECT : QuoteKind.PARTIAL, k + 1, close,
                false);
    }

    /** "Putin is prevaricating, David Lammy has said.": the clause before the speaker is the content. */
    Content beforeEndCue(int c, int speakerFrom, int sFrom, int sTo) {
        speakerFrom = beforeBracketedAcronym(speakerFrom, sFrom);
        if (speakerFrom <= sFrom + 1 || !tok(speakerFrom - 1).is(",")) {
            return null;
        }
        // "..., investigators said Thursday, in the latest close call to put ...": what follows the comma is an
        // adjunct of the sentence, whatever verbs it holds
        boolean adjunct = adjunctAfterComma(c + 1, sTo);
        for (int j = c + 1; j < sTo && !(adjunct && tok(j).is(",")); j++) {
            Token t = tok(j);
            if (t.inQuote() || t.is("that") || t.is(":") || (t.lemma != null && !t.capitalised())) {
                return null;
            }
        }
        int end = speakerFrom - 1;
        if (tok(end - 1).is("and") || tok(end - 1).is("but") || tok(end - 1).is("or")) {
            return null; // "... and, she says, ...": the cue is an aside in the sentence, not its end
        }
        int start = Datelines.end(index.tokens, sFrom, end);
        if (tok(start).inQuote() || tok(start).isQuoteMark() && tok(start + 1) != null && tok(start + 1).inQuote()
                && tok(end - 1).isQuoteMark()) {
            return null; // a direct quotation, attributed by the quote attributor
        }
        return end > start ? new Content(QuoteKind.INDIRECT, start, end, false) : null;
    }

    /**
     * "…, the Provincial Disaster Management Authority (PDMA) Sindh said": the speaker named after the brackets starts
     * with the name before them.
     */
    private int beforeBracketedAcronym(int speakerFrom, int sFrom) {
        if (speakerFrom < sFrom + 5 || !tok(speakerFrom - 1).is(")") || !tok(speakerFrom - 3).is("(")) {
            return speakerFrom;
        }
        for (int k = speakerFrom - 4; k > sFrom && k > speakerFrom - 14; k--) {
            Token t = tok(k);
            if (t.is(",")) {
                return k + 1;
            }
            if (!t.word || !(t.capitalised() || t.is("of") || t.is("and") || t.is("for") || t.is("the"))) {
                break;
            }
        }
        return speakerFrom;
    }

    /** "on Tuesday to resume", "last week to raise": a to-infinitive after a short adverbial. */
    private boolean commitmentAfterAdverbial(int k, int sTo) {
        if (tok(k) == null || !VerbUse.opensAdverbial(tok(k))) {
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

    /** "on Thursday", "last week", "in a statement": circumstances, not a reported clause. */
    /**
     * Whether the verb is followed by a comma, at once or after a short adverbial ("said Thursday,"), with no "that"
     * soon after it ("said, however, that" still reports what follows).
     */
    private boolean adjunctAfterComma(int k, int sTo) {
        int comma = k;
        while (comma < sTo && comma - k < 6 && tok(comma).word && !tok(comma).inQuote()) {
            comma++;
        }
        boolean when = comma > k && (adverbialOnly(k, comma)
                || comma == k + 1 && (DateResolver.weekday(tok(k).text) != null || tok(k).is("yesterday")));
        if (comma >= sTo || !tok(comma).is(",") || comma > k && !when) {
            return false;
        }
        for (int j = comma + 1; j < Math.min(sTo, comma + 5); j++) {
            // "lost two sponsors and, she says, “most of my patience”": the words after the aside are the content
            if (tok(j).is("that") || tok(j).inQuote() || tok(j).isQuoteMark()) {
                return false;
            }
        }
        return true;
    }

    private boolean adverbialOnly(int from, int to) {
        Token first = tok(from);
        if (first.inQuote() || index.wordCount(from, to) > 6 && !whereSaid(from) || !VerbUse.opensAdverbial(first)) {
            return false;
        }
        for (int j = from; j < to; j++) {
            // "on May 12": a month, not "may"
            if (tok(j).inQuote() || tok(j).has(WordClass.AUXILIARY) && !tok(j).capitalised() || tok(j).is("that")) {
                return false;
            }
        }
        return true;
    }

    /** "in a separate statement to the Singapore Exchange", "in a filing with Bursa Malaysia": where it was said. */
    private boolean whereSaid(int from) {
        if (!tok(from).is("in")) {
            return false;
        }
        for (int j = from + 1; j < from + 4 && tok(j) != null && tok(j).word; j++) {
            if (AccordingToCue.DOCUMENT_NOUNS.contains(tok(j).lower)) {
                return namesOnlyWhere(j + 1);
            }
        }
        return false;
    }

    /** After "in a statement": only whom it went to ("to the Singapore Exchange (SGX)"), no clause ("it expects …"). */
    private boolean namesOnlyWhere(int k) {
        for (int j = k; tok(j) != null && !tok(j).is(".") && !tok(j).is(",") && j < k + 12; j++) {
            Token t = tok(j);
            if (t.word && !t.capitalised() && !WHERE_WORDS.contains(t.lower) || t.inQuote()) {
                return false;
            }
        }
        return true;
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
            int head = -1;
            // "told the environment and communications legislation committee": up to the addressee's head word
            while (j < sTo && j < k + 7 && addresseeWord(j)) {
                if (ADDRESSEE_WORDS.contains(tok(j).lower) && !tok(j).is("the")) {
                    head = j + 1;
                }
                j++;
            }
            if (head > 0) {
                return head;
            }
            j = k + 1;
            while (j < sTo && j < k + 4 && addresseeWord(j) && !tok(j).is("of") && !tok(j).is("as")
                    && !tok(j).is("a")) {
                j++;
            }
            return j;
        }
        return k;
    }

    private boolean addresseeWord(int j) {
        Token t = tok(j);
        return t.word && !t.inQuote() && !t.is("to") && !t.is("that") && mentions.at(j) == null
                && !t.has(WordClass.AUXILIARY);
    }
}
