package io.stancegraph.extraction;

import java.util.Set;

/**
 * "Asked by Senator X whether the company had cut inspections, Y replied ...": the preamble is X's question
 * ({@code asked-by}).
 */
final class AskedByCue extends TokenReader {

    static final String RULE = "asked-by";
    /** Words opening the question: "whether", "if", "why" ... */
    private static final Set<String> QUESTION_WORDS = WordLists.set("question-words");

    private final ReportedSpeechFinder finder;

    AskedByCue(ReportedSpeechFinder finder) {
        super(finder.index);
        this.finder = finder;
    }

    /** The question of the preamble [sFrom, preambleEnd) opening "Asked by", or null. */
    Candidate question(int sFrom, int preambleEnd) {
        if (!tok(sFrom + 1).is("by")) {
            return null;
        }
        Mention asker = finder.mentions.at(sFrom + 2);
        if (asker == null || asker.from != sFrom + 2 || asker.to >= preambleEnd) {
            return null;
        }
        Attribution who = finder.speakers.resolve(asker, sFrom);
        Token question = tok(asker.to);
        if (who.isEmpty() || !QUESTION_WORDS.contains(question.lower)) {
            return null;
        }
        int start = question.is("whether") || question.is("if") ? asker.to + 1 : asker.to;
        if (index.wordCount(start, preambleEnd) < 3) {
            return null;
        }
        return finder.candidate(QuoteKind.INDIRECT, start, preambleEnd, "ask", sFrom, asker.from, who.by(RULE));
    }
}
