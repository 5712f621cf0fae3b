package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** General knowledge every English news reader has: countries, their adjectives and capitals, common institutions. */
final class Gazetteer {

    private Gazetteer() {
    }

    private static final Map<String, String> COUNTRY_WORDS = new HashMap<>();
    private static final Map<String, String> CAPITALS = new HashMap<>();
    private static final Set<String> FIRST_NAME_COUNTRIES = WordLists.set("countries-also-first-names");
    /** Institutions: surface form (lower case) -> canonical name. */
    private static final Map<String, String> INSTITUTIONS = new HashMap<>();
    private static final Map<String, ActorKind> INSTITUTION_KINDS = new HashMap<>();

    static {
        WordLists.table("countries").forEach((country, words) -> words.forEach(w -> COUNTRY_WORDS.put(w, country)));
        WordLists.table("capitals").forEach((country, words) -> words.forEach(w -> CAPITALS.put(w, country)));
        // Every other country by its English name, as the JDK knows them; names that are more often first names
        // ("Jordan", "Chad") are left out.
        for (String code : Locale.getISOCountries()) {
            String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
            String key = name.toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !COUNTRY_WORDS.containsKey(key) && !FIRST_NAME_COUNTRIES.contains(key)
                    && name.chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ' || ch == '-')) {
                COUNTRY_WORDS.put(key, name);
                for (String adjective : adjectivesOf(key)) {
                    COUNTRY_WORDS.putIfAbsent(adjective, name);
                }
            }
        }
        WordLists.table("institutions").forEach((name, forms) -> institution(name, ActorKind.ORGANIZATION, forms));
        WordLists.table("institutions-groups").forEach((name, forms) -> institution(name, ActorKind.GROUP, forms));
    }

    /**
     * The usual English adjectives of a country's name (lower case), by its ending: Uganda → Ugandan, Chile →
     * Chilean, Malawi → Malawian, Morocco → Moroccan, Sudan → Sudanese, Yemen → Yemeni, Ecuador → Ecuadorian. A form
     * the language does not use ("Yemenese") names nothing in a text, so over-generating is harmless; the countries
     * whose adjectives are irregular are listed in countries.txt.
     */
    static List<String> adjectivesOf(String country) {
        char last = country.charAt(country.length() - 1);
        return switch (last) {
            case 'a' -> List.of(country + "n");
            case 'e', 'i' -> List.of(country + "an");
            case 'o' -> List.of(country.substring(0, country.length() - 1) + "an");
            case 'u', 'y' -> List.of();
            default -> List.of(country + "ese", country + "i", country + "ian");
        };
    }

    private static void institution(String canonical, ActorKind kind, List<String> forms) {
        for (String f : forms) {
            INSTITUTIONS.put(f, canonical);
        }
        INSTITUTIONS.put(canonical.toLowerCase(Locale.ROOT), canonical);
        INSTITUTION_KINDS.put(canonical, kind);
    }

    /** Country named by a country word or adjective ("French", "the US", "Britain"), or null. */
    static String countryOfWord(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (w.startsWith("the ")) {
            w = w.substring(4);
        }
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return COUNTRY_WORDS.get(w);
    }

    /** "Russian" for Russia, "British" for the United Kingdom: the country's adjective, capitalised, or null. */
    static String adjectiveOf(String country) {
        return COUNTRY_WORDS.entrySet().stream()
                .filter(e -> e.getValue().equals(country) && ADJECTIVE_ENDING.matcher(e.getKey()).find())
                .map(Map.Entry::getKey).min(java.util.Comparator.comparing(String::length).thenComparing(w -> w))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).orElse(null);
    }

    private static final java.util.regex.Pattern ADJECTIVE_ENDING =
            java.util.regex.Pattern.compile("^[a-z]+(an|ish|ese|ch|i)$");

    /**
     * "Union Finance Ministry", "the Defence Ministry": the ministry's formal name ("Ministry of Finance"), unless a
     * country names whose ministry it is ("Russian Foreign Ministry" stays, so that two countries' stay apart).
     */
    static String organisationName(String name) {
        return organisationName(name, null);
    }

    /** "Ministry of Defence", "Department of Agriculture", "Russian Defence Ministry": a government department. */
    static boolean ministry(String name) {
        return name.startsWith("Ministry") || name.startsWith("Department") || name.endsWith(" Ministry");
    }

    /** A ministry or department of another country, {@code owner}, keeps its name with that country's adjective. */
    static String organisationName(String name, String owner) {
        String[] words = name.split(" ");
        // "Solenne Energy Corp", "Chiba Power Co": the company without its legal form
        if (words.length >= 3 && LEGAL_FORMS.contains(words[words.length - 1].replace(".", ""))) {
            return String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
        }
        String adjective = owner == null ? null : adjectiveOf(owner);
        if (adjective != null && (words[0].equals("Ministry") || words[0].equals("Department"))) {
            return adjective + " " + name; // "Norway's Ministry of Trade": the Norwegian Ministry of Trade
        }
        if (words.length < 2 || !words[words.length - 1].equals("Ministry")) {
            return name;
        }
        int from = 0;
        while (from < words.length - 1 && MINISTRY_QUALIFIERS.contains(words[from])) {
            from++;
        }
        if (from == words.length - 1) {
            return name;
        }
        for (int k = from; k < words.length - 1; k++) {
            if (countryOfWord(words[k]) != null || !Character.isUpperCase(words[k].charAt(0))) {
                return name;
            }
        }
        if (adjective != null) {
            return adjective + " " + name;
        }
        String portfolio = String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length - 1));
        return "Ministry of " + (AFFAIRS_PORTFOLIOS.contains(portfolio) ? portfolio + " Affairs" : portfolio);
    }

    private static final Set<String> LEGAL_FORMS = WordLists.set("legal-forms");
    private static final Set<String> MINISTRY_QUALIFIERS = WordLists.set("ministry-qualifiers");
    /** "Foreign Ministry" is the "Ministry of Foreign Affairs". */
    private static final Set<String> AFFAIRS_PORTFOLIOS = WordLists.set("affairs-portfolios");

    /** Country whose capital this is (Washington -> United States), or null. */
    static String countryOfCapital(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return CAPITALS.get(w);
    }

    static String institution(String surface) {
        String w = surface.toLowerCase(Locale.ROOT).replace('’', '\'');
        String hit = INSTITUTIONS.get(w);
        if (hit == null && w.startsWith("the ")) {
            hit = INSTITUTIONS.get(w.substring(4));
        }
        return hit;
    }

    static ActorKind institutionKind(String canonical) {
        return INSTITUTION_KINDS.getOrDefault(canonical, ActorKind.ORGANIZATION);
    }

    /** Head words of organisation names: "Ministry of Defence", "Scottish Labour Party", "Security Council". */
    static final Set<String> ORGANISATION_WORDS = WordLists.set("organisation-words");
}
