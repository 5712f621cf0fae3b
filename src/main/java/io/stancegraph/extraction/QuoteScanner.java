package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds top-level quotations in the body: curly and straight double quotes, single quotes used as quote marks
 * (apostrophes inside words or after plurals do not break them), nested quotes, and British-style multi-paragraph
 * quotations where each continuation paragraph opens with a mark and only the last one closes.
 */
final class QuoteScanner {

    private QuoteScanner() {
    }

    static boolean isQuoteChar(char c) {
        return c == '“' || c == '”' || c == '"' || c == '‘' || c == '’' || c == '\'' || c == '«' || c == '»'
                || c == '„';
    }

    static List<Quotation> scan(ArticleText article) {
        String body = article.body();
        List<Quotation> result = new ArrayList<>();
        int openAt = -1;          // offset of the top-level opening mark
        boolean openIsDouble = false;
        int openParagraph = -1;
        for (Paragraph p : article.paragraphs()) {
            if (openAt >= 0) {
                // an unclosed quotation continues only into a paragraph that opens with a quote mark
                char first = body.charAt(p.start());
                if (opensDouble(first) == openIsDouble && isOpening(body, p.start(), p)) {
                    int[] state = scanParagraph(body, p, p.start() + 1, openAt, openIsDouble, openParagraph, result);
                    openAt = state[0];
                    openIsDouble = state[1] == 1;
                    openParagraph = state[2];
                    continue;
                }
                int end = article.paragraphs().get(p.index() - 1).end();
                result.add(new Quotation(result.size(), openAt, openAt + 1, end, -1, openParagraph, p.index() - 1));
                openAt = -1;
            }
            int[] state = scanParagraph(body, p, p.start(), -1, false, -1, result);
            openAt = state[0];
            openIsDouble = state[1] == 1;
            openParagraph = state[2];
        }
        if (openAt >= 0) {
            Paragraph last = article.paragraphs().get(article.paragraphs().size() - 1);
            result.add(new Quotation(result.size(), openAt, openAt + 1, last.end(), -1, openParagraph,
                    last.index()));
        }
        return result;
    }

    /** Scans one paragraph; returns the state carried to the next: {openAt, openIsDouble, openParagraph}. */
    private static int[] scanParagraph(String body, Paragraph p, int from, int openAt, boolean openIsDouble,
                                      int openParagraph, List<Quotation> out) {
        int nestedDepth = 0;
        for (int i = from; i < p.end(); i++) {
            char c = body.charAt(i);
            if (!isQuoteChar(c)) {
                continue;
            }
            boolean dbl = c == '“' || c == '”' || c == '"' || c == '«' || c == '»' || c == '„';
            if (!dbl && isApostrophe(body, i, p)) {
                continue;
            }
            boolean opening = isOpening(body, i, p);
            boolean closing = isClosing(body, i, p);
            if (openAt < 0) {
                if (opening && !closing) {
                    openAt = i;
                    openIsDouble = dbl;
                    openParagraph = p.index();
                    nestedDepth = 0;
                } else if (opening && (c == '"' || c == '\'')) {
                    openAt = i;
                    openIsDouble = dbl;
                    openParagraph = p.index();
                    nestedDepth = 0;
                }
                // a closing mark with nothing open is a stray mark: ignore it
                continue;
            }
            if (dbl == openIsDouble) {
                if (closing && (nestedDepth == 0 || !opening)) {
                    if (nestedDepth > 0 && !opening) {
                        nestedDepth = 0; // an unbalanced inner mark; close the outer one
                    }
                    out.add(new Quotation(out.size(), openAt, openAt + 1, i, i, openParagraph, p.index()));
                    openAt = -1;
                } else if (opening) {
                    nestedDepth++;
                }
            } else {
                // the other kind of mark inside: a nested quotation; track only to keep balance
                if (opening && !closing) {
                    nestedDepth++;
                } else if (closing && nestedDepth > 0) {
                    nestedDepth--;
                }
            }
        }
        return new int[]{openAt, openIsDouble ? 1 : 0, openParagraph};
    }

    private static boolean opensDouble(char c) {
        return c == '“' || c == '"' || c == '«' || c == '„';
    }

    private static boolean isOpening(String body, int i, Paragraph p) {
        char c = body.charAt(i);
        if (c == '”' || c == '»') {
            return false;
        }
        if (c == '“' || c == '‘' || c == '«' || c == '„') {
            return true;
        }
        boolean leftBoundary = i == p.start() || isLeftBoundary(body.charAt(i - 1));
        boolean rightText = i + 1 < p.end() && !Character.isWhitespace(body.charAt(i + 1));
        return leftBoundary && rightText;
    }

    private static boolean isClosing(String body, int i, Paragraph p) {
        char c = body.charAt(i);
        if (c == '“' || c == '‘' || c == '«' || c == '„') {
            return false;
        }
        if (c == '”' || c == '»') {
            return true;
        }
        boolean leftText = i > p.start() && !Character.isWhitespace(body.charAt(i - 1));
        boolean rightBoundary = i + 1 >= p.end() || !Character.isLetterOrDigit(body.charAt(i + 1));
        return leftText && rightBoundary;
    }

    private static boolean isLeftBoundary(char c) {
        return Character.isWhitespace(c) || c == '(' || c == '[' || c == '—' || c == '–' || c == '-' || c == '/'
                || c == '“' || c == '‘' || c == '"' || c == ':';
    }

    /** ’ or ' between letters (it’s, Zelensky’s) or right after a plural s/z not closing anything is an apostrophe. */
    private static boolean isApostrophe(String body, int i, Paragraph p) {
        char c = body.charAt(i);
        if (c != '’' && c != '\'') {
            return false;
        }
        boolean letterBefore = i > p.start() && Character.isLetterOrDigit(body.charAt(i - 1));
        boolean letterAfter = i + 1 < p.end() && Character.isLetterOrDigit(body.charAt(i + 1));
        if (letterBefore && letterAfter) {
            return true;
        }
        // decades and elisions: ’90s, ’em
        if (!letterBefore && letterAfter && i + 2 < p.end() && Character.isDigit(body.charAt(i + 1))) {
            return true;
        }
        return false;
    }
}
