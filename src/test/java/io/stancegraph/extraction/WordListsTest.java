package io.stancegraph.extraction;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The word lists: read from the class path, each file used, no entry twice. */
class WordListsTest {

    private static final Path WORDS = Path.of("src/main/resources/extraction/words");

    @Test
    void everyWordListIsReadByTheEngine() throws IOException {
        new StatementExtractor().extract(ArticleText.of(List.of("Rachel Reeves said the plan would work."),
                LocalDate.of(2024, 3, 15), null, null, null));
        Set<String> files;
        try (Stream<Path> s = Files.list(WORDS)) {
            files = s.map(p -> p.getFileName().toString().replaceFirst("\\.txt$", "")).collect(Collectors.toSet());
        }
        assertThat(WordLists.read()).containsAll(files);
    }

    @Test
    void everyListAndTableParses() throws IOException {
        try (Stream<Path> s = Files.list(WORDS)) {
            for (Path p : s.toList()) {
                String name = p.getFileName().toString().replaceFirst("\\.txt$", "");
                assertThat(WordLists.entries(name)).as(name).isNotEmpty()
                        .allSatisfy(entry -> assertThat(entry).doesNotStartWith("#").isEqualTo(entry.strip()));
            }
        }
        assertThat(WordLists.table("reporting-verbs-addressee").get("tell")).containsExactly("told", "tells",
                "telling");
        assertThat(WordLists.table("countries").get("United States")).contains("us", "american");
    }

    @Test
    void aListMayNotRepeatAnEntry() {
        assertThatThrownBy(() -> WordLists.set("test-repeated-entry")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("\"minister\" is listed twice");
        assertThatThrownBy(() -> WordLists.set("no-such-list")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("not on the class path");
    }

    @Test
    void sourceWordsAreTheSpokespersonWordsAndTheOtherSources() {
        for (String w : WordLists.entries("spokesperson-words")) {
            assertThat(WordClass.SOURCE_WORD.contains(w)).as(w).isTrue();
        }
        assertThat(WordClass.SOURCE_WORD.contains("officials")).isTrue();
        assertThat(WordClass.SOURCE_WORD.contains("minister")).isFalse();
        assertThat(WordLists.set("spokesperson-words")).doesNotContainAnyElementsOf(WordLists.set("source-words"));
    }
}
