package io.stancegraph.extraction;

/** Thrown by the readers when the input cannot be turned into an article (empty, binary, not UTF-8, too big, ...). */
public class UnreadableArticleException extends IllegalArgumentException {
    public UnreadableArticleException(String message) {
        super(message);
    }
}
