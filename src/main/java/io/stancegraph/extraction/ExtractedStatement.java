package io.stancegraph.extraction;

import java.util.List;

/**
 * One extracted statement. {@code text} equals {@code body.substring(start, end)}; for a multi-paragraph
 * quotation the span covers the whole quoted run without the outer quote marks. {@code speakerRule} names the rule
 * that decided the speakers: the speaker rule, then after a slash the mention rule that resolved the speaker's
 * mention, e.g. {@code "subject-before-cue/title:registry"}, {@code "speaker-after-cue/name:surname"},
 * {@code "floating-quote"} (see docs/architecture.md, "Extraction engine").
 */
public record ExtractedStatement(QuoteKind kind, String text, List<Speaker> speakers, String cue, int paragraph,
                                 int start, int end, FuzzyDate saidOn, String event, String medium,
                                 String speakerRule) {
    public ExtractedStatement {
        speakers = List.copyOf(speakers);
    }

    public List<String> speakerNames() {
        return speakers.stream().map(Speaker::name).toList();
    }
}
