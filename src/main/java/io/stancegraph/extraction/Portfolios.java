package io.stancegraph.extraction;

import java.util.List;
import java.util.Set;

/**
 * Where an office's portfolio ends and its holder's name begins, when a title runs straight on into the name:
 * "Minister of State for Manpower Faisal Rahmat", "Minister for Climate Change Nusrat Qureshi-Baloch", "Opposition
 * leader in the Sindh Assembly Faisal Rehman Siddiqui".
 */
final class Portfolios {

    private static final Set<String> WORDS = WordLists.set("portfolio-words");

    private Portfolios() {
    }

    /**
     * In the capitalised words [{@code from}, {@code to}) after an office's "for", the first word of a name of two or
     * three words that no portfolio has, right after a word one has; {@code to} when there is none.
     */
    static int nameAfter(List<Token> tokens, int from, int to) {
        for (int start = Math.max(from + 1, to - 3); start <= to - 2; start++) {
            if ((portfolioWord(tokens.get(start - 1)) || joinedToPortfolio(tokens, start - 1))
                    && nameWords(tokens, start, to)) {
                return start;
            }
        }
        return to;
    }

    /** "Logistics" in "Secretary for Transport and Logistics Tse Wing-yan": joined by "and" to a portfolio's word. */
    private static boolean joinedToPortfolio(List<Token> tokens, int k) {
        return k >= 2 && tokens.get(k - 1).is("and") && portfolioWord(tokens.get(k - 2))
                && tokens.get(k).capitalised();
    }

    /**
     * "Opposition leader in the Sindh Assembly Faisal Rehman Siddiqui": in a name [{@code from}, {@code to}) read
     * after a title and "in the", "of the" or "at the", where the holder's name after the body's own word begins;
     * {@code to} when there is none.
     */
    static int holderAfterBody(List<Token> tokens, int from, int to) {
        if (from < 3 || !tokens.get(from - 1).is("the") || !(tokens.get(from - 2).is("in") || tokens.get(from - 2).is("of")
                || tokens.get(from - 2).is("at")) || !TitleLexicon.isTitleHead(tokens.get(from - 3))) {
            return to;
        }
        for (int start = Math.max(from + 1, to - 3); start <= to - 2; start++) {
            if (Gazetteer.ORGANISATION_WORDS.contains(tokens.get(start - 1).base) && nameWords(tokens, start, to)) {
                return start;
            }
        }
        return to;
    }

    /** A word of the portfolios' list: "Finance" of "Minister of Finance and National Planning". */
    static boolean isPortfolioWord(Token t) {
        return WORDS.contains(t.text);
    }

    /** "Minister", "Secretary", "Commissioner", "Adviser": the head of an office with a portfolio. */
    static boolean governmentOffice(Token head) {
        return head != null && (head.is("minister") || head.is("secretary") || head.is("commissioner")
                || head.is("adviser") || head.is("advisor"));
    }

    private static boolean portfolioWord(Token t) {
        return WORDS.contains(t.text) || t.country() != null;
    }

    private static boolean nameWords(List<Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.word || !t.capitalised() || portfolioWord(t) || t.titleWord() || t.honorific()
                    || Gazetteer.ORGANISATION_WORDS.contains(t.base)) {
                return false;
            }
        }
        return true;
    }
}
