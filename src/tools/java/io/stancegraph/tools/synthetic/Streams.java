package io.stancegraph.tools.synthetic;

/** The independent random streams of a data set; each kind of entity draws from its own. */
final class Streams {

    static final long ACTORS = 1;
    static final long OFFICES = 2;
    static final long PROMINENCE = 3;
    static final long FAVOURITE_TOPICS = 4;
    static final long EVENTS = 5;
    static final long ARTICLE_SIZES = 6;
    static final long ARTICLES = 7;
    static final long POSITIONS = 8;

    private Streams() {
    }
}
