package io.stancegraph.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

/** Statements extracted from invented paragraphs of an article published on a Friday, for the rule tests. */
final class ExtractedFrom {

    static final LocalDate FRIDAY = LocalDate.of(2024, 3, 15);
    private static final StatementExtractor EXTRACTOR = new StatementExtractor();

    private ExtractedFrom() {
    }

    static List<ExtractedStatement> statements(String... paragraphs) {
        return EXTRACTOR.extract(ArticleText.of(List.of(paragraphs), FRIDAY, null, null, null)).statements();
    }

    /** The last statement; there must be one. */
    static ExtractedStatement last(String... paragraphs) {
        List<ExtractedStatement> list = statements(paragraphs);
        assertThat(list).isNotEmpty();
        return list.get(list.size() - 1);
    }
}
