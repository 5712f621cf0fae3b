package io.stancegraph.extraction;

/** A paragraph of the article body: 0-based index and character span [start, end) in the body. */
public record Paragraph(int index, int start, int end) {
}
