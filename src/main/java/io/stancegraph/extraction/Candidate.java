package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/** A statement being assembled: kind, content token span or quotation, cue, speakers and the rule that chose them. */
final class Candidate {
    QuoteKind kind;
    int start;
    int end;
    int cueToken = -1;
    int speakerFrom = -1;
    String cue;
    int sentence;
    final List<ExtractedActor> speakers = new ArrayList<>();
    /** The rule that decided the speakers (see {@link Attribution#rule()}). */
    String speakerRule;
    FuzzyDate saidOn;
    String event;
    String medium;
    /** The statement whose speakers this one goes on with (a floating quotation's), if any. */
    Candidate continues;
    /** The cue sits in a relative clause ("the deal, which he said was fair, ..."): its clause ends with that clause. */
    boolean inRelativeClause;

    Candidate(QuoteKind kind, int start, int end, String cue) {
        this.kind = kind;
        this.start = start;
        this.end = end;
        this.cue = cue;
    }

    /** Takes the speakers and the rule of an attribution. */
    Candidate spokenBy(List<ExtractedActor> who, String rule) {
        speakers.addAll(who);
        speakerRule = rule;
        return this;
    }
}
