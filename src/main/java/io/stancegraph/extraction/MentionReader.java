package io.stancegraph.extraction;

/** A reader that sees the article's mentions as well as its tokens. */
abstract class MentionReader extends TokenReader {
    final MentionIndex mentions;

    MentionReader(ArticleIndex index, MentionIndex mentions) {
        super(index);
        this.mentions = mentions;
    }

    MentionReader(MentionIndex mentions) {
        this(mentions.index, mentions);
    }
}
