package io.stancegraph.extraction;

/**
 * A top-level quotation: content span [contentStart, contentEnd) without the outer marks; open/close are the
 * offsets of the marks (close = -1 when the paragraph run ends unclosed). May run over several paragraphs.
 */
record Quotation(int index, int open, int contentStart, int contentEnd, int close, int firstParagraph,
                 int lastParagraph) {
}
