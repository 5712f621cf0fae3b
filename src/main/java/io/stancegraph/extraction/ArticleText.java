package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The stored form of an article: the body is the paragraphs joined by "\n\n", so a paragraph index
 * and a character span [start, end) into the body are well defined.
 */
public record ArticleText(String body, List<Paragraph> paragraphs, LocalDate publishedOn,
                          String outlet, String url, String headline) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public ArticleText {
        Objects.requireNonNull(body, "body");
        paragraphs = List.copyOf(paragraphs);
    }

    /** Builds the body and paragraph offsets from paragraph texts (blank paragraphs are dropped). */
    public static ArticleText of(List<String> paragraphTexts, LocalDate publishedOn, String outlet, String url,
                                 String headline) {
        StringBuilder body = new StringBuilder();
        java.util.ArrayList<Paragraph> paragraphs = new java.util.ArrayList<>();
        for (String raw : paragraphTexts) {
            String text = raw.strip();
            if (text.isEmpty()) {
                continue;
            }
            if (body.length() > 0) {
                body.append(PARAGRAPH_SEPARATOR);
            }
            int start = body.length();
            body.append(text);
            paragraphs.add(new Paragraph(paragraphs.size(), start, body.length()));
        }
        return new ArticleText(body.toString(), paragraphs, publishedOn, outlet, url, headline);
    }

    public String paragraphText(int index) {
        Paragraph p = paragraphs.get(index);
        return body.substring(p.start(), p.end());
    }

    /** Index of the paragraph containing the character offset, or -1. */
    public int paragraphAt(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Paragraph p = paragraphs.get(mid);
            if (offset < p.start()) {
                hi = mid - 1;
            } else if (offset >= p.end() + PARAGRAPH_SEPARATOR.length()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
