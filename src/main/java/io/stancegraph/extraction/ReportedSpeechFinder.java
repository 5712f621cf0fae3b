package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds reporting cues outside quotations and builds INDIRECT and PARTIAL statements from them. A sentence opening
 * "Asked by X whether ..." first gives X's question ({@link AskedByCue}); then at each token the cue families are
 * tried in order: "according to X" ({@link AccordingToCue}), noun cues ("Washington's warning that ...";
 * {@link NounCue}), and reporting verbs ("X said (that) ...", "X told Y ...", ", saying ...", "..., Downing Street
 * said.", called him a "dictator"; {@link VerbCue}). Clauses that run into the next cue's speaker are cut there.
 */
final class ReportedSpeechFinder extends SpeakerReader {

    final ClauseBoundary clauses;
    /** Statements of the sentence being read, for coordinated cues ("called ... and suggested"). */
    List<Candidate> current = List.of();
    private final AskedByCue askedBy;
    private final List<CueRule> rules;

    ReportedSpeechFinder(SpeakerResolver speakers) {
        super(speakers);
        this.clauses = new ClauseBoundary(speakers);
        this.askedBy = new AskedByCue(this);
        this.rules = List.of(new AccordingToCue(this), new NounCue(this), new VerbCue(this));
    }

    /** Statements of one sentence (token range), given the tokens already claimed by direct quotations. */
    List<Candidate> find(int sFrom, int sTo, boolean[] claimed) {
        List<Candidate> found = new ArrayList<>();
        current = found;
        boolean askedPreamble = tok(sFrom).is("asked");
        int preambleEnd = askedPreamble ? index.firstCommaOutsideQuotes(sFrom, sTo) : -1;
        if (askedPreamble && preambleEnd > 0) {
            Candidate question = askedBy.question(sFrom, preambleEnd);
            if (question != null) {
                found.add(question);
            }
        }
        for (int c = sFrom; c < sTo; c++) {
            Token t = tok(c);
            if (!t.word || claimed[c] || c < preambleEnd || t.inQuote() && !embeddedCueInQuote(c) || askedAside(c)) {
                continue;
            }
            for (CueRule rule : rules) {
                Candidate cand = rule.at(c, sFrom, sTo);
                if (cand != null) {
                    found.add(cand);
                    break;
                }
            }
        }
        trimAtNextSpeaker(found);
        return found;
    }

    /** "Kanemura, asked about the violation, smiled and said": the question put to him, which is no one's statement. */
    private boolean askedAside(int c) {
        Mention asked = tok(c).is("asked") && tok(c - 1) != null && tok(c - 1).is(",") ? mentions.at(c - 2) : null;
        return asked != null && asked.to == c - 1;
    }

    /** 'had "repeated that ..."': a cue opening a quoted fragment, with its subject outside the quote. */
    private boolean embeddedCueInQuote(int c) {
        Token prev = tok(c - 1);
        return prev != null && prev.isQuoteMark() && !prev.inQuote() && tok(c + 1) != null && tok(c + 1).is("that");
    }

    /** A statement's content [start, end), its cue word at {@code cueToken}, said by {@code who}. */
    Candidate candidate(QuoteKind kind, int start, int end, String lemma, int cueToken, int speakerFrom,
            Attribution who) {
        Candidate cand = new Candidate(kind, start, end, lemma).spokenBy(who.speakers(), who.rule());
        cand.cueToken = cueToken;
        cand.speakerFrom = speakerFrom;
        cand.sentence = tok(cueToken).sentence;
        return cand;
    }

    /** Clause ends before the next cue's speaker: "X said A and said B", "A, as Y claimed B". */
    private void trimAtNextSpeaker(List<Candidate> found) {
        for (int i = 0; i + 1 < found.size(); i++) {
            Candidate a = found.get(i);
            Candidate b = found.get(i + 1);
            int boundary = Math.min(b.speakerFrom, b.cueToken);
            if (b.start == index.sentenceOf(b.cueToken)[0] && b.end < b.cueToken && boundary > a.start
                    && boundary < a.end) {
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
                if (connector) {
                    a.end = end;
                }
            }
        }
    }
}
