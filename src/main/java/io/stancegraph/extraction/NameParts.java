package io.stancegraph.extraction;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/** The parts of a person's full name as an article writes it: its surname, and the words before the surname. */
final class NameParts {

    private static final Set<String> PARTICLES = WordLists.set("name-particles");

    private NameParts() {
    }

    /** The surname of a full name: the last word, or from the first particle on ("von der Leyen"). */
    static String surnameOf(String[] words) {
        for (int k = 1; k < words.length; k++) {
            // "Adel Al Marri", "Kevin De Bruyne": a particle opens the surname, capitalised or not
            if (PARTICLES.contains(words[k].toLowerCase(Locale.ROOT))) {
                return String.join(" ", Arrays.copyOfRange(words, k, words.length));
            }
        }
        return words[words.length - 1];
    }

    /** The words of a full name between its first word and its surname. */
    static String middleOf(String[] words) {
        int surnameWords = surnameOf(words).split(" ").length;
        return words.length <= surnameWords + 1 ? ""
                : String.join(" ", Arrays.copyOfRange(words, 1, words.length - surnameWords));
    }

    /** Whether the middles of two full names allow one person: equal, or one of them empty ("John Michael Smith"). */
    static boolean middlesAgree(String middle, String otherMiddle) {
        return middle.isEmpty() || otherMiddle.isEmpty() || middle.equals(otherMiddle);
    }
}
