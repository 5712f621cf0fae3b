package io.stancegraph.extraction;

import java.util.List;

/**
 * One extracted statement. {@code text} equals {@code body.substring(start, end)}; for a multi-paragraph
 * quotation the span covers the whole quoted run without the outer quote marks. {@code speakerRule} names the rule
 * that decided the speakers: the speaker rule, then after a slash the mention rule that resolved the speaker's
 * mention, e.g. {@code "subject-before-cue/title:registry"}, {@code "speaker-after-cue/name:surname"},
 * {@code "floating-quote"} (see docs/architecture.md, "Extraction engine"). A speaker the article describes
 * without naming leaves {@code speakers} empty and its words in {@code speakerDescription} ("a senior government
 * official", "the complaint"); otherwise that is null.
 */
public record ExtractedStatement(QuoteKind kind, String text, List<Speaker> speakers, String cue, int paragraph,
                                 int start, int end, FuzzyDate saidOn, String event, String medium,
                                 String speakerRule, String speakerDescription) {
    public ExtractedStatement {
        speakers = List.copyOf(speakers);
    }

    /** A statement whose speakers, if any, are named. */
    public ExtractedStatement(QuoteKind kind, String text, List<Speaker> speakers, String cue, int paragraph,
            int start, int end, FuzzyDate saidOn, String event, String medium, String speakerRule) {
        this(kind, text, speakers, cue, paragraph, start, end, saidOn, event, medium, speakerRule, null);
    }

    /** Said by someone the article describes without naming ("a senior official", "the complaint"): kept, with no actor. */
    public boolean byNobodyNamed() {
        return speakers.isEmpty() && speakerRule != null && speakerRule.endsWith(":" + BareNames.UNNAMED);
    }

    public List<String> speakerNames() {
        return speakers.stream().map(Speaker::name).toList();
    }
}
