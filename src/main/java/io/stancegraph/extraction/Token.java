package io.stancegraph.extraction;

import java.util.Locale;

/**
 * A word or punctuation mark of the body. {@code quote} is the index of the top-level quotation the token lies
 * inside (-1 outside quotes); quote marks themselves are outside.
 * <p>
 * The finders ask the same questions about a token many times over (lower case, reporting verb, country word,
 * honorific), so the answers are worked out once here.
 */
final class Token {
    final String text;
    final String lower;
    final int start;
    final int end;
    final int paragraph;
    final boolean word;
    /** The text without a possessive ending: "Zelensky’s" -> "Zelensky", "allies’" -> "allies". */
    final String base;
    /** Lemma of the reporting verb this word is a form of ("warned" -> "warn"), or null. */
    final String lemma;
    private final boolean capitalised;
    /** {@link WordClass} bits of the lower-case form. */
    private final int classes;
    int quote = -1;
    int sentence;

    private String country;
    private boolean countryLooked;
    private byte honorific = UNKNOWN;
    private byte titleWord = UNKNOWN;
    private static final byte UNKNOWN = -1;

    Token(String text, int start, int end, int paragraph) {
        this.text = text;
        this.lower = text.toLowerCase(Locale.ROOT);
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.word = Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '£' || text.charAt(0) == '$';
        this.capitalised = word && Character.isUpperCase(text.charAt(0));
        this.base = withoutPossessive(text);
        this.lemma = word ? ReportingVerbs.lemma(lower) : null;
        this.classes = WordClass.of(lower);
    }

    /** Strips ’s / 's, or the bare mark after a plural s. */
    static String withoutPossessive(String word) {
        if (word.endsWith("’s") || word.endsWith("'s")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s’") || word.endsWith("s'")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /** Whether a capitalised word among {@code tokens} is of the class ("Conservative" of a party). */
    static boolean anyIn(java.util.List<Token> tokens, WordClass c) {
        return tokens.stream().anyMatch(t -> t.capitalised && t.has(c));
    }

    /** Whether the lower-case form is in the word list. */
    boolean has(WordClass c) {
        return (classes & c.bit) != 0;
    }

    boolean capitalised() {
        return capitalised;
    }

    /** "M" of "M. Ilangovan", "H.R" of "H.R. Manjunath": a capital letter, or capitals joined by full stops. */
    boolean initials() {
        if (!capitalised || text.length() % 2 == 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i % 2 == 0 ? !Character.isUpperCase(c) : c != '.') {
                return false;
            }
        }
        return true;
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    /** Ends with ’s or 's. */
    boolean possessive() {
        return base.length() == text.length() - 2;
    }

    boolean isQuoteMark() {
        return text.length() == 1 && QuoteScanner.isQuoteChar(text.charAt(0));
    }

    boolean inQuote() {
        return quote >= 0;
    }

    /** The country this word names or qualifies, possessive ignored ("Britain’s", "French"), or null. */
    String country() {
        if (!countryLooked) {
            country = Gazetteer.countryOfWord(base);
            countryLooked = true;
        }
        return country;
    }

    /** "American", "Kenyan": a word for a country's people, not the country's own name ("Jordan", "Chad"). */
    boolean nationality() {
        return country() != null && !country().equals(base) && !possessive();
    }

    /** Mr, Sir, Dame, Dr ... */
    boolean honorific() {
        if (honorific == UNKNOWN) {
            honorific = TitleLexicon.isHonorific(text) ? (byte) 1 : 0;
        }
        return honorific == 1;
    }

    /** A word that may belong to an office title: "Prime", "foreign", "secretary", "French", "US". */
    boolean titleWord() {
        if (titleWord == UNKNOWN) {
            titleWord = TitleLexicon.isTitleWord(this) ? (byte) 1 : 0;
        }
        return titleWord == 1;
    }

    @Override
    public String toString() {
        return text;
    }
}
