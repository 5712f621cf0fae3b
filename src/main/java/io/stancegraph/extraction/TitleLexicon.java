package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Honorifics, office titles and the words that qualify them ("former", "US", "defence", "Tory"). */
final class TitleLexicon {

    private TitleLexicon() {
    }

    /** Honorifics (lower case) that tell a man, and a woman. */
    private static final Set<String> MALE_HONORIFICS = WordLists.set("honorifics-male");
    private static final Set<String> FEMALE_HONORIFICS = WordLists.set("honorifics-female");
    /** Other honorifics, as written: "Dr", "Prof", "Sen". */
    private static final Set<String> HONORIFICS = WordLists.set("honorifics-capitalised");

    /** Titles of heads of state or government: "the Ukrainian leader" may stand for any of them. */
    private static final Set<String> HEADS_OF_STATE = WordLists.set("heads-of-state");

    /** Capitalised words that may start or sit inside a title before a name. */
    private static final Set<String> CAPITALISED_TITLE_WORDS = WordLists.set("title-words-capitalised");

    /** Mr, Sir, Dame, Dr ..., with or without the stop. */
    static boolean isHonorific(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace(".", "");
        return MALE_HONORIFICS.contains(w) || FEMALE_HONORIFICS.contains(w)
                || HONORIFICS.contains(word.replace(".", ""));
    }

    /** 'M' male, 'F' female, 0 unknown. */
    static char genderOf(String honorific) {
        String w = honorific.toLowerCase(Locale.ROOT).replace(".", "");
        if (MALE_HONORIFICS.contains(w)) {
            return 'M';
        }
        if (FEMALE_HONORIFICS.contains(w)) {
            return 'F';
        }
        return 0;
    }

    /** A word that may belong to an office title: a title head or qualifier, a capitalised title word, a country word
     * or an acronym ("Prime", "foreign", "secretary", "French", "US", "SNP"). */
    static boolean isTitleWord(Token t) {
        if (!t.word) {
            return false;
        }
        if (!t.capitalised()) {
            // "the prime minister's official spokesperson": a possessive head is a title word too
            return isTitleHead(t) || t.has(WordClass.TITLE_QUALIFIER);
        }
        String b = t.base;
        // "Prosecutor Mark Ellison", "Detective Sergeant Laura Finch": an office's head word written capitalised
        return CAPITALISED_TITLE_WORDS.contains(b) || isTitleHead(t) || t.country() != null
                || (isAcronym(b) && !b.equals("I"));
    }

    /** A title head, possessive or not: "secretary", "Minister’s". */
    static boolean isTitleHead(Token t) {
        String lowerBase = Token.withoutPossessive(t.lower);
        return lowerBase.length() == t.lower.length() ? t.has(WordClass.TITLE_HEAD)
                : WordClass.TITLE_HEAD.contains(lowerBase);
    }

    private static boolean isAcronym(String w) {
        if (w.length() < 2 || w.length() > 5) {
            return false;
        }
        boolean hasUpper = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasUpper |= Character.isUpperCase(c);
        }
        return hasUpper;
    }

    private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s]+");

    /** Title words compared as another ("spokeswoman" as "spokesperson"). */
    private static final Map<String, String> SYNONYMS = new HashMap<>();

    static {
        WordLists.table("title-synonyms").forEach((as, words) -> words.forEach(w -> SYNONYMS.put(w, as)));
    }

    /**
     * Normal form used to compare titles: lower case, without articles, "former" kept, country words removed
     * (the country is compared separately), e.g. "the US defence secretary" -> "defence secretary".
     */
    static String normaliseTitle(String title) {
        String cached = NORMALISED_TITLES.get(title);
        if (cached != null) {
            return cached;
        }
        String normalised = normalise(title);
        if (NORMALISED_TITLES.size() < NORMALISED_TITLES_KEPT) {
            NORMALISED_TITLES.put(title, normalised);
        }
        return normalised;
    }

    /** Titles recur from article to article, and every title mention is compared several times. */
    private static final Map<String, String> NORMALISED_TITLES = new ConcurrentHashMap<>();
    private static final int NORMALISED_TITLES_KEPT = 10_000;

    private static String normalise(String title) {
        StringBuilder sb = new StringBuilder();
        String raw = title.toLowerCase(Locale.ROOT).replace('’', '\'');
        // "X of the United Kingdom" compares by its head
        int ofAt = raw.indexOf(" of ");
        if (ofAt > 0 && !raw.startsWith("secretary of state")) {
            raw = raw.substring(0, ofAt);
        }
        for (String w : WHITESPACE_RUN.split(raw)) {
            if (w.isEmpty() || w.equals("the") || w.equals("a") || w.equals("an") || w.endsWith("'s")) {
                continue;
            }
            if (Gazetteer.countryOfWord(w) != null && !w.equals("state")) {
                continue;
            }
            String s = SYNONYMS.getOrDefault(w, w);
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(s);
        }
        String t = sb.toString();
        // "X of the United Kingdom" registry titles compare by their head
        int of = t.indexOf(" of ");
        if (of > 0 && !t.startsWith("secretary of state")) {
            t = t.substring(0, of);
        }
        return t;
    }

    /** Whether a title as referred to (wanted) fits an office as held (held); "leader" fits any head of state. */
    static boolean titlesMatch(String wanted, String held) {
        if (wanted.isEmpty() || held.isEmpty()) {
            return false;
        }
        boolean wantedFormer = wanted.startsWith("former ");
        boolean heldFormer = held.startsWith("former ");
        if (wantedFormer != heldFormer) {
            return false;
        }
        if (wanted.equals(held)) {
            return true;
        }
        if (held.endsWith(" " + wanted) && !wanted.equals("secretary") && !wanted.equals("minister")) {
            return true; // "president" fits "us president"
        }
        if (wanted.equals("leader") && HEADS_OF_STATE.contains(held)) {
            return true;
        }
        return false;
    }

    /**
     * Offices whose spokesperson speaks for an institution: "prime minister" -> Downing Street. Declared after the
     * title synonyms, which normalising a title reads.
     */
    private static final Map<String, String> OFFICE_INSTITUTIONS = officeInstitutions();

    private static Map<String, String> officeInstitutions() {
        Map<String, String> offices = new HashMap<>();
        WordLists.table("office-spokespeople").forEach((institution, titles) -> titles
                .forEach(title -> offices.put(normaliseTitle(title), institution)));
        return Map.copyOf(offices);
    }

    /** The institution whose spokespeople speak for the office ("Downing Street" for "Prime Minister"), or null. */
    static String officeInstitution(String office) {
        return OFFICE_INSTITUTIONS.get(normaliseTitle(office));
    }
}
