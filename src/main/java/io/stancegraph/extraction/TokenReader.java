package io.stancegraph.extraction;

/** The base of the engine's readers and rules: the article's tokens, looked up by index (null outside the body). */
abstract class TokenReader {
    final ArticleIndex index;

    TokenReader(ArticleIndex index) {
        this.index = index;
    }

    final Token tok(int i) {
        return index.token(i);
    }
}
