package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * A question-and-answer interview ("This interview has been edited for length and clarity"): after that note, a
 * paragraph that asks a question is the interviewer's, and the paragraph right after it, when it is no question and
 * opens with no quotation mark, is the answer of the person the note's paragraph names first, or, in a transcript, of
 * the person named before a colon at its start ("Dr Ong: We announced …") ({@value #RULE}). Without such a note, or
 * without a person named beside it or in a label, nothing is read as an answer.
 */
final class InterviewAnswers extends MentionReader {

    static final String RULE = "interview-answer";
    private static final List<String> NOTES = WordLists.entries("interview-notes");
    private static final java.util.Set<String> SURE_LABELS = java.util.Set.of("name:full", "name:surname",
            "name:first-name", "name:honorific");

    private final SpeakerResolver speakers;

    InterviewAnswers(MentionIndex mentions, SpeakerResolver speakers) {
        super(mentions);
        this.speakers = speakers;
    }

    /**
     * The answers, as direct quotations. What {@code found} holds inside an answer is the interviewee's own account
     * of what others said, so it is taken out of {@code found}.
     */
    List<Candidate> answers(List<Candidate> found) {
        List<Candidate> answers = new ArrayList<>();
        int note = noteParagraph();
        if (note < 0) {
            return answers; // most articles: no note, and nothing more to read
        }
        List<int[]> paragraphs = paragraphTokens();
        int first = 0;
        while (tok(paragraphs.get(first)[0]).paragraph != note) {
            first++;
        }
        // null where the note's paragraph names nobody: then only answers labelled with a name are read
        ExtractedActor interviewee = firstPerson(paragraphs.get(first));
        for (int p = first + 1; p + 1 < paragraphs.size(); p++) {
            int[] question = paragraphs.get(p);
            int[] answer = paragraphs.get(p + 1);
            if (asks(question) && !asks(answer) && !tok(answer[0]).isQuoteMark()) {
                Mention label = label(answer);
                Attribution labelled = label == null ? Attribution.NONE : speakers.resolve(label, label.to);
                // a label is read only when it names someone surely: "Dr Ong", "Faisal Rahmat", not a bare word
                boolean named = labelled.speakers().size() == 1 && (SURE_LABELS.contains(labelled.mentionRule())
                        || labelled.speakers().get(0) == interviewee);
                ExtractedActor speaker = label == null ? interviewee : named ? labelled.speakers().get(0) : null;
                if (speaker == null || speaker.kind != ActorKind.PERSON) {
                    continue;
                }
                found.removeIf(c -> c.start >= answer[0] && c.start < answer[1]);
                int from = label == null ? answer[0] : label.to + 1;
                Candidate c = new Candidate(QuoteKind.DIRECT, from, answer[1], "say")
                        .spokenBy(List.of(speaker), RULE);
                c.sentence = tok(answer[0]).sentence;
                answers.add(c);
            }
        }
        return answers;
    }

    /** "Dr Ong: We announced …": the name that labels an answer in a transcript, before a colon, or null. */
    private Mention label(int[] answer) {
        Mention m = mentions.at(answer[0]);
        return m != null && m.from == answer[0] && m.to + 1 < answer[1] && tok(m.to).is(":") ? m : null;
    }

    /** Each paragraph's tokens [from, to), in order. */
    private List<int[]> paragraphTokens() {
        List<int[]> ranges = new ArrayList<>();
        for (int k = 0; k < index.tokens.size(); k++) {
            if (k == 0 || tok(k).paragraph != tok(k - 1).paragraph) {
                ranges.add(new int[]{k, k + 1});
            } else {
                ranges.get(ranges.size() - 1)[1] = k + 1;
            }
        }
        return ranges;
    }

    /**
     * The paragraph number ({@link Token#paragraph}) of the first interview note, or -1: the body is searched once, in
     * lower case.
     */
    private int noteParagraph() {
        String body = index.body.toLowerCase(java.util.Locale.ROOT);
        int at = NOTES.stream().mapToInt(body::indexOf).filter(i -> i >= 0).min().orElse(-1);
        if (at < 0) {
            return -1;
        }
        for (Token t : index.tokens) {
            if (t.end > at) {
                return t.paragraph;
            }
        }
        return -1;
    }

    /** "Pehi-Lawson spoke to Stuff in her office": the person the note's paragraph names first. */
    private ExtractedActor firstPerson(int[] paragraph) {
        for (int k = paragraph[0]; k < paragraph[1]; k++) {
            Mention m = mentions.at(k);
            if (m != null && m.type == Mention.Type.NAME && m.actor() != null && m.actor().kind == ActorKind.PERSON) {
                return m.actor();
            }
        }
        return null;
    }

    /** A paragraph that ends with a question mark outside quotations. */
    private boolean asks(int[] paragraph) {
        Token last = tok(paragraph[1] - 1);
        return last.is("?") && !last.inQuote();
    }
}
