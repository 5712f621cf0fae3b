package io.stancegraph.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether "the Government" of an article is the home government: not when the article names another country (by a
 * country word or a capital) and nothing of the home country's. A Canadian story's "a senior government official" is
 * Ottawa's, not the UK Government.
 */
final class HomeCountry {

    private static final Map<String, List<String>> HOME_GOVERNMENTS = WordLists.table("home-governments");
    private static final Map<String, List<String>> COUNTRIES = WordLists.table("countries");
    private static final Map<String, List<String>> CAPITALS = WordLists.table("capitals");

    private HomeCountry() {
    }

    /** True unless the article is plainly another country's news; always true for a government with no country. */
    static boolean governs(String homeGovernment, List<Token> tokens) {
        List<String> home = HOME_GOVERNMENTS.get(homeGovernment);
        if (home == null || home.isEmpty()) {
            return true;
        }
        String country = home.get(0);
        Set<String> homeWords = new HashSet<>(home.subList(1, home.size()));
        Set<String> foreignWords = new HashSet<>();
        for (Map<String, List<String>> table : List.of(COUNTRIES, CAPITALS)) {
            table.forEach((name, words) -> (name.equalsIgnoreCase(country) ? homeWords : foreignWords).addAll(words));
        }
        boolean foreign = false;
        for (Token token : tokens) {
            if (!token.word || !Character.isUpperCase(token.text.charAt(0))) {
                continue;
            }
            String word = token.text.toLowerCase(Locale.ROOT);
            if (homeWords.contains(word)) {
                return true;
            }
            foreign |= foreignWords.contains(word);
        }
        return !foreign;
    }
}
