package io.stancegraph.extraction;

import java.util.List;

/**
 * The dateline that opens an article's first paragraph: "KARACHI:", "SINGAPORE –", "PENANG (March 17):", "Paris (AFP)
 * -", "KYIV (Reuters) -". It tells where the story was filed; it is no part of what anyone said.
 */
final class Datelines {

    private static final int LONGEST_PLACE = 4;
    private static final int LONGEST_BRACKET = 5;

    private Datelines() {
    }

    /** The first token after the dateline that opens the article at {@code from}, or {@code from}; never past {@code limit}. */
    static int end(List<Token> tokens, int from, int limit) {
        if (from != 0 || tokens.isEmpty()) {
            return from;
        }
        int k = from;
        boolean capitals = true;
        while (k < limit && k - from < LONGEST_PLACE && tokens.get(k).word && tokens.get(k).capitalised()) {
            capitals &= tokens.get(k).text.equals(tokens.get(k).text.toUpperCase(java.util.Locale.ROOT));
            k++;
        }
        if (k == from) {
            return from;
        }
        boolean bracket = k < limit && tokens.get(k).is("(");
        if (bracket) {
            int close = k + 1;
            while (close < limit && close - k <= LONGEST_BRACKET && !tokens.get(close).is(")")) {
                close++;
            }
            if (close >= limit || !tokens.get(close).is(")")) {
                return from;
            }
            k = close + 1;
        }
        // a place in capitals, or any place with a wire's or a date's brackets, then a dash or a colon
        if (k + 1 < limit && (capitals || bracket) && (tokens.get(k).is("—") || tokens.get(k).is("–")
                || tokens.get(k).is("-") || tokens.get(k).is(":"))) {
            return k + 1;
        }
        return from;
    }
}
