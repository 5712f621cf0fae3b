package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether "the Government" of an article is the home government: not when the article names another country (by a
 * country word or a capital, as {@link Gazetteer} knows them) and nothing of the home country's. A Canadian story's
 * "a senior government official" is Ottawa's, not the UK Government.
 */
final class HomeCountry {

    /** Each home government's country, and the places and institutions of it that the gazetteer does not know. */
    private record Home(String country, Set<String> otherWords) {
    }

    private static final Map<String, Home> HOMES = new HashMap<>();

    static {
        WordLists.table("home-governments").forEach((government, words) -> HOMES.put(government,
                new Home(words.get(0), new HashSet<>(words.subList(1, words.size())))));
    }

    private HomeCountry() {
    }

    /** The home government's country ("United Kingdom" for the UK Government), or null. */
    static String countryOf(String homeGovernment) {
        Home home = HOMES.get(homeGovernment);
        return home == null ? null : home.country();
    }

    /**
     * The country of another country's news: the only country it names, a dateline's place ("KYIV (Reuters) -",
     * "MOSCOW —") among them; null when it names several.
     */
    static String newsCountry(List<Token> tokens) {
        String only = null;
        for (Token token : tokens) {
            String country = countryNamed(token);
            if (country != null && only != null && !only.equals(country)) {
                return null;
            }
            only = country != null ? country : only;
        }
        return only;
    }

    private static boolean capitalisedWord(Token token) {
        return token.word && Character.isUpperCase(token.text.charAt(0));
    }

    private static String countryNamed(Token token) {
        if (!capitalisedWord(token)) {
            return null;
        }
        String country = Gazetteer.countryOfWord(token.text);
        return country != null ? country : Gazetteer.countryOfCapital(token.text);
    }

    /** Whether the country is a nation of the home government's own country with a government of its own: Wales. */
    static boolean devolved(String homeGovernment, String country) {
        Home home = HOMES.get(homeGovernment);
        return home != null && !home.country().equals(country) && home.otherWords().contains(country.toLowerCase(Locale.ROOT));
    }

    /** True unless the article is plainly another country's news; always true for a government with no country. */
    static boolean governs(String homeGovernment, List<Token> tokens) {
        Home home = HOMES.get(homeGovernment);
        if (home == null) {
            return true;
        }
        boolean foreign = false;
        for (Token token : tokens) {
            if (!capitalisedWord(token)) {
                continue;
            }
            String country = countryNamed(token);
            if (home.country().equals(country) || home.otherWords().contains(token.text.toLowerCase(Locale.ROOT))) {
                return true;
            }
            foreign |= country != null;
        }
        return !foreign;
    }
}
