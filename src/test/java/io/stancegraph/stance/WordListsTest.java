package io.stancegraph.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The word lists read from the classpath: comments and blank lines left out, the first of a repeated entry kept. */
class WordListsTest {

    @Test
    void entriesAreReadInOrderWithoutComments() {
        assertThat(WordLists.entries("for")).startsWith("support", "back").doesNotHaveDuplicates()
                .noneMatch(entry -> entry.startsWith("#") || entry.isBlank());
        assertThat(WordLists.entries("against-before-topic")).containsExactly("against");
    }

    @Test
    void pairsMapAFormToItsBase() {
        assertThat(WordLists.pairs("irregular-forms")).containsEntry("stood", "stand").containsEntry("worse", "bad");
    }

    @Test
    void aMissingListIsAnError() {
        assertThatThrownBy(() -> WordLists.entries("no-such-list")).isInstanceOf(IllegalStateException.class);
    }
}
