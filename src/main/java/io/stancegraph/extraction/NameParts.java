package io.stancegraph.extraction;

import java.util.Arrays;
import java.util.Set;

/** The parts of a person's full name as an article writes it: its surname, and the words before the surname. */
final class NameParts {

    private static final Set<String> PARTICLES = WordLists.set("name-particles");
    private static final java.util.regex.Pattern SYLLABLE_PAIR = java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    private static final Set<String> CAPITALISED_PARTICLES = Set.of("Al", "El", "Bin", "De", "Del", "Von", "Dos", "Du");

    private NameParts() {
    }

    /** The surname of a full name: the last word, or from the first particle on ("von der Leyen"). */
    static String surnameOf(String[] words) {
        for (int k = 1; k < words.length; k++) {
            // "Adel Al Marri", "Kevin De Bruyne": a particle opens the surname, and a few capitalised ones too ("Van" and
            // "Le" are also Vietnamese names: "Vo Van Thuong")
            if (PARTICLES.contains(words[k]) || CAPITALISED_PARTICLES.contains(words[k])) {
                return String.join(" ", Arrays.copyOfRange(words, k, words.length));
            }
        }
        // "Adrian Chan Kwok-leung", "Lee Soo-jin": a Cantonese or Korean given name in two syllables follows the surname
        if (words.length >= 2 && SYLLABLE_PAIR.matcher(words[words.length - 1]).matches()) {
            return words[words.length - 2];
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
