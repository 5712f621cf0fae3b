package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name an acronym stands for, spelt out somewhere in the same article: "the HSE" after "Health and Safety
 * Executive inspector Neil Garside", "the NFEM" after "the Nigerian Foreign Exchange Market (NFEM)". The spelt-out
 * name's capitalised words give the acronym's letters in order; "and", "of", "for", "the" and "&" between them give
 * none. Nothing spelt out, nothing found: an acronym is not guessed at.
 */
final class Acronyms extends TokenReader {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,6}");
    /** Words inside a name that give its acronym no letter. */
    private static final Set<String> SILENT = Set.of("and", "of", "for", "the", "&", "on", "in");

    private final Map<String, String> spelt = new HashMap<>();

    Acronyms(ArticleIndex index) {
        super(index);
    }

    private static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** The name the acronym stands for in this article, or null. */
    String spelt(String acronym) {
        return isAcronym(acronym) ? spelt.computeIfAbsent(acronym, this::find) : null;
    }

    private String find(String acronym) {
        for (int i = 0; i < index.tokens.size(); i++) {
            Token first = tok(i);
            if (first.word && first.capitalised() && first.text.charAt(0) == acronym.charAt(0)
                    && !first.text.equals(acronym) && !NameReader.isStopWord(first)) {
                int end = spellsFrom(i, acronym);
                if (end > 0) {
                    return index.text(i, end);
                }
            }
        }
        return "";
    }

    /** Where the name spelling the acronym out from {@code from} ends, or -1. */
    private int spellsFrom(int from, String acronym) {
        int letter = 0;
        int k = from;
        while (letter < acronym.length()) {
            Token t = tok(k);
            if (t == null || t.paragraph != tok(from).paragraph) {
                return -1;
            }
            if (letter > 0 && SILENT.contains(t.lower) && !t.capitalised()) {
                k++;
            } else if (t.word && t.capitalised() && t.text.charAt(0) == acronym.charAt(letter) && !t.possessive()) {
                letter++;
                k++;
            } else {
                return -1;
            }
        }
        // the whole name: no capitalised word runs on after the last letter
        Token next = tok(k);
        return next != null && next.word && next.capitalised() && next.paragraph == tok(from).paragraph ? -1 : k;
    }
}
