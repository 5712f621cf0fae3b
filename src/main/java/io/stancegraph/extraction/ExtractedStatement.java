package io.stancegraph.extraction;

import java.util.List;

/**
 * One extracted statement. {@code text} equals {@code body.substring(start, end)}; for a multi-paragraph
 * quotation the span covers the whole quoted run without the outer quote marks.
 */
public record ExtractedStatement(QuoteKind kind, String text, List<Speaker> speakers, String cue, int paragraph,
                        int start, int end, FuzzyDate saidOn, String event, String medium) {
    public ExtractedStatement {
        speakers = List.copyOf(speakers);
    }

    public List<String> speakerNames() {
        return speakers.stream().map(Speaker::name).toList();
    }
}
