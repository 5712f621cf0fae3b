package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds who speaks for a reporting cue, for the cue rules ({@link DirectQuoteAttributor},
 * {@link ReportedSpeechFinder}): the subject before the cue ({@link SubjectBeforeCue}, with
 * {@link AppositionSpeaker} and {@link AsideSkipper}), the mention right after it ("said Mr X"), the subject of the
 * clause ({@link ClauseSubjects}), and the resolution of the mention found ({@link MentionResolver}: pronouns,
 * "who", names).
 */
final class SpeakerResolver extends MentionReader {

    /** Speaker rule: the mention right after the cue, "..., said Mr X", "told the BBC". */
    static final String AFTER_CUE = "speaker-after-cue";

    /** Statements found so far, for pronouns and continuations; added with {@link #remember}. */
    final List<Candidate> history = new ArrayList<>();
    /** The reported statements of {@link #history} by where they start, so a long article is not read again per name. */
    private final TreeMap<Integer, List<Candidate>> reportedByStart = new TreeMap<>();
    private int longestReported;
    private final MentionResolver resolver;
    private final SubjectBeforeCue subjects;
    private final ClauseSubjects clauses;

    SpeakerResolver(ArticleIndex index, MentionIndex mentions) {
        super(index, mentions);
        this.resolver = new MentionResolver(this);
        this.subjects = new SubjectBeforeCue(this);
        this.clauses = new ClauseSubjects(this);
    }

    /** Adds a statement found to the history. */
    void remember(Candidate c) {
        history.add(c);
        if (c.kind == QuoteKind.INDIRECT) {
            reportedByStart.computeIfAbsent(c.start, k -> new ArrayList<>(1)).add(c);
            longestReported = Math.max(longestReported, c.end - c.start);
        }
    }

    /**
     * Whether tokens {@code from} to {@code to} lie in the content of a reported statement (not a quotation) made by
     * someone named, other than {@code actor}.
     */
    boolean insideReportedContent(int from, int to, ExtractedActor actor) {
        // Only a statement starting at most the longest content's length before can reach past the span.
        for (Map.Entry<Integer, List<Candidate>> e = reportedByStart.floorEntry(from);
                e != null && e.getKey() >= to - longestReported; e = reportedByStart.lowerEntry(e.getKey())) {
            for (Candidate c : e.getValue()) {
                if (to <= c.end && !c.speakers.isEmpty() && !c.speakers.contains(actor)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The speaker ending right before the cue, past adverbs and asides (see {@link SubjectBeforeCue}). */
    Attribution speakerBefore(int cue, int sentenceStart) {
        return subjects.find(cue, sentenceStart);
    }

    /** The mention starting right at position {@code pos} ("said Mr X", "told the BBC"), or null. */
    Mention mentionAfter(int pos) {
        Mention m = mentions.at(pos);
        return m != null && m.from == pos ? m : null;
    }

    /** The actors of a speaker's mention, by the rule that resolved it. */
    Attribution resolve(Mention m, int position) {
        return resolver.resolve(m, position);
    }

    /** The subject of the sentence's main clause before {@code before} (see {@link ClauseSubjects}). */
    Attribution mainSubject(int sentenceStart, int before) {
        return clauses.mainSubject(sentenceStart, before);
    }

    /** The nearest subject before a participle (see {@link ClauseSubjects}). */
    Attribution nearestSubject(int sentenceStart, int before) {
        return clauses.nearestSubject(sentenceStart, before);
    }

    /** Whether the mention is followed by a verb, i.e. is the subject of its clause. */
    boolean subjectMarked(Mention m) {
        return clauses.subjectMarked(m);
    }

    /**
     * Two or more capitalised words: a name that can stand in apposition ("Rachel Okafor", "Ahmed el-Sherbiny", not
     * "Okafor").
     */
    boolean fullName(Mention m) {
        int words = 0;
        for (int k = m.from; k < m.to; k++) {
            Token t = tok(k);
            if (t.word && (t.capitalised() || NameReader.hyphenatedParticle(t)) && !t.honorific()) {
                words++;
            }
        }
        return words >= 2;
    }
}
