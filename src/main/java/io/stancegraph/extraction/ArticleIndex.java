package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Tokens, quotations and sentences of one article, built once and shared by the finders. */
final class ArticleIndex {

    private static final Set<String> ABBREVIATIONS = WordLists.set("abbreviations");

    final ArticleText article;
    final String body;
    final List<Token> tokens = new ArrayList<>();
    final List<Quotation> quotes;
    /** Where each quotation opens, sorted, to look a mark up without reading every quotation. */
    private final int[] quoteOpenings;
    /** Sentences as token ranges [from, to). */
    final List<int[]> sentences = new ArrayList<>();

    ArticleIndex(ArticleText article) {
        this.article = article;
        this.body = article.body();
        this.quotes = QuoteScanner.scan(article);
        this.quoteOpenings = quotes.stream().mapToInt(Quotation::open).sorted().toArray();
        tokenize();
        markQuotes();
        splitSentences();
    }

    /**
     * Splits each paragraph into words and single marks. A word is a run of letters, digits and £ $ €, continued
     * across ’ ' - . when letters or digits follow ("Zelensky’s", "U.S", "£5.3bn", "so-called") and across a
     * thousands separator ("30,000"); any other character that is not ASCII white space is a token of its own.
     */
    private void tokenize() {
        for (Paragraph p : article.paragraphs()) {
            int end = p.end();
            int i = p.start();
            while (i < end) {
                int cp = body.codePointAt(i);
                int next = i + Character.charCount(cp);
                if (isAsciiSpace(cp)) {
                    i = next;
                    continue;
                }
                if (isWordChar(cp)) {
                    next = skipWordChars(next, end, true);
                    while (next + 1 < end && (isJoiner(body.charAt(next)) || thousandsSeparator(next, end))
                            && isLetterOrNumber(body.codePointAt(next + 1))) {
                        next = skipWordChars(next + 1, end, false);
                    }
                }
                tokens.add(new Token(body.substring(i, next), i, next, p.index()));
                i = next;
            }
        }
    }

    private int skipWordChars(int i, int end, boolean currency) {
        while (i < end) {
            int cp = body.codePointAt(i);
            if (!(currency ? isWordChar(cp) : isLetterOrNumber(cp))) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    private static boolean isWordChar(int cp) {
        return isLetterOrNumber(cp) || cp == '£' || cp == '$' || cp == '€';
    }

    /** Unicode letters (L) and numbers (Nd, Nl, No). */
    private static boolean isLetterOrNumber(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The comma in "30,000" and "£1,200": a digit before it and exactly three after. */
    private boolean thousandsSeparator(int i, int end) {
        if (body.charAt(i) != ',' || i == 0 || !Character.isDigit(body.charAt(i - 1)) || i + 3 >= end + 1) {
            return false;
        }
        for (int k = i + 1; k <= i + 3; k++) {
            if (k >= end || !Character.isDigit(body.charAt(k))) {
                return false;
            }
        }
        return i + 4 >= end || !Character.isDigit(body.charAt(i + 4));
    }

    private static boolean isJoiner(char c) {
        return c == '’' || c == '\'' || c == '-' || c == '.';
    }

    private static boolean isAsciiSpace(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private void markQuotes() {
        for (Quotation q : quotes) {
            for (int i = tokenAt(q.contentStart()); i < tokens.size() && tokens.get(i).end <= q.contentEnd(); i++) {
                tokens.get(i).quote = q.index();
            }
        }
    }

    private void splitSentences() {
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i + 1 == tokens.size();
            boolean paragraphEnd = last || tokens.get(i + 1).paragraph != t.paragraph;
            boolean end = paragraphEnd;
            if (!end && !t.inQuote() && (t.is(".") || t.is("!") || t.is("?") || t.is("…"))) {
                Token next = tokens.get(i + 1);
                Token prev = i > 0 ? tokens.get(i - 1) : null;
                Token beforePrev = i > 1 ? tokens.get(i - 2) : null;
                // "M. Ilangovan", "H.R. Manjunath" open with initials; "a post on X. “We ...”" ends a sentence
                boolean initial = prev != null && prev.initials() && next.word
                        && next.capitalised() && !(beforePrev != null && (beforePrev.is("on") || beforePrev.is("via")));
                boolean abbreviation = t.is(".") && prev != null && (ABBREVIATIONS.contains(prev.lower) || initial);
                if (!abbreviation && (next.capitalised() || next.isQuoteMark() || !next.word)) {
                    end = !next.is(",") && !next.is(";") && !next.is(")") && !next.is("]"); // "(D-Calif.) pressed"
                    // a closing quote mark right after the stop belongs to this sentence
                    if (end && next.isQuoteMark() && !next.inQuote() && isClosingMark(next) && !opensQuotation(next)) {
                        i++;
                    }
                }
            }
            if (!end && closesFullStopQuote(i)) {
                end = true; // 'would remain "data-dependent." "We will not ...," he stated': another quotation opens
            }
            if (end) {
                sentences.add(new int[]{from, i + 1});
                from = i + 1;
            }
        }
        for (int s = 0; s < sentences.size(); s++) {
            int[] r = sentences.get(s);
            for (int i = r[0]; i < r[1]; i++) {
                tokens.get(i).sentence = s;
            }
        }
    }

    /** A quote mark closing a quotation that ends in a full stop, right before a quote mark opening another. */
    private boolean closesFullStopQuote(int i) {
        Token t = tokens.get(i);
        if (i == 0 || i + 1 >= tokens.size() || !t.isQuoteMark() || t.inQuote() || !isClosingMark(t)
                || opensQuotation(t)) {
            return false;
        }
        Token stop = tokens.get(i - 1);
        Token next = tokens.get(i + 1);
        return stop.is(".") && stop.inQuote() && next.isQuoteMark() && next.paragraph == t.paragraph
                && opensQuotation(next);
    }

    /** A straight mark after a full stop may open the next sentence's quotation rather than close this one. */
    private boolean opensQuotation(Token t) {
        return Arrays.binarySearch(quoteOpenings, t.start) >= 0;
    }

    private static boolean isClosingMark(Token t) {
        char c = t.text.charAt(0);
        return c == '”' || c == '’' || c == '"' || c == '\'';
    }

    Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    int[] sentenceOf(int tokenIndex) {
        return sentences.get(tokens.get(tokenIndex).sentence);
    }

    /** The first quotation whose opening mark is at or after the token {@code from}; quotations are in text order. */
    int firstQuoteOpeningAt(int from) {
        int lo = 0;
        int hi = quotes.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokenAt(quotes.get(mid).open()) < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the first token starting at or after the offset. */
    int tokenAt(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The number of words (not marks) among tokens [from, to). */
    int wordCount(int from, int to) {
        int n = 0;
        for (int j = from; j < to; j++) {
            if (tokens.get(j).word) {
                n++;
            }
        }
        return n;
    }

    /** The first comma outside quotations among tokens [from, to), or -1. */
    int firstCommaOutsideQuotes(int from, int to) {
        for (int k = from; k < to; k++) {
            if (tokens.get(k).is(",") && !tokens.get(k).inQuote()) {
                return k;
            }
        }
        return -1;
    }

    String text(int fromToken, int toToken) {
        if (fromToken >= toToken) {
            return "";
        }
        return body.substring(tokens.get(fromToken).start, tokens.get(toToken - 1).end);
    }
}
