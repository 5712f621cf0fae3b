package io.stancegraph.extraction;

/**
 * A family of reporting cues outside quotations. At each token of a sentence the families are tried in order and the
 * first statement found wins; each stamps the rule that decided the speakers on it ({@link Candidate#speakerRule}).
 */
abstract class CueRule extends TokenReader {

    final ReportedSpeechFinder finder;

    CueRule(ReportedSpeechFinder finder) {
        super(finder.index);
        this.finder = finder;
    }

    /** The statement reported by a cue of this family at token {@code c} of the sentence [sFrom, sTo), or null. */
    abstract Candidate at(int c, int sFrom, int sTo);
}
