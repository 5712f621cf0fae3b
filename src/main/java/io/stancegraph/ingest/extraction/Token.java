package io.stancegraph.ingest.extraction;

/**
 * A word or punctuation mark of the body. {@code quote} is the index of the top-level quotation the token lies
 * inside (-1 outside quotes); quote marks themselves are outside.
 */
final class Token {
    final String text;
    final String lower;
    final int start;
    final int end;
    final int paragraph;
    final boolean word;
    int quote = -1;
    int sentence;

    Token(String text, int start, int end, int paragraph) {
        this.text = text;
        this.lower = text.toLowerCase(java.util.Locale.ROOT);
        this.start = start;
        this.end = end;
        this.paragraph = paragraph;
        this.word = Character.isLetterOrDigit(text.charAt(0)) || text.charAt(0) == '£' || text.charAt(0) == '$';
    }

    boolean capitalised() {
        return word && Character.isUpperCase(text.charAt(0));
    }

    boolean is(String s) {
        return lower.equals(s);
    }

    boolean isQuoteMark() {
        return QuoteScanner.isQuoteChar(text.charAt(0)) && text.length() == 1;
    }

    boolean inQuote() {
        return quote >= 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
