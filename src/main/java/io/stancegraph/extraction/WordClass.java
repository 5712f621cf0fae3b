package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Map;

/**
 * Word lists the finders consult for nearly every token. Each token looks its lower-case form up once, when it is
 * made, and keeps the answer as bits (see {@link Token#has}), instead of one set look-up per question. Each class is
 * one or more of the word lists ({@link WordLists}).
 */
enum WordClass {
    /** spokesperson, source, officials ... */
    SOURCE_WORD("spokesperson-words", "source-words"),
    /** spokesperson, spokesman, spokeswoman */
    SPOKESPERSON("spokesperson-words"),
    /** some, many, senior ... ("some European capitals") */
    QUANTIFIER("quantifiers"),
    /** Lower-case words other than source words and quantifiers that may open a mention: a, the, government ... */
    MENTION_OPENER("mention-openers"),
    TITLE_HEAD("title-heads"),
    TITLE_QUALIFIER("title-qualifiers"),
    GROUP_NOUN("group-nouns"),
    /** Auxiliaries and adverbs between a speaker and the verb. */
    SKIPPABLE("skippable-before-verb"),
    AUXILIARY("auxiliaries"),
    /** and, but, while ... at the edge of a reported clause */
    CONNECTOR("connectors"),
    /** conservative, labour, snp ...: capitalised, a party's name or its members' */
    PARTY("party-words");

    final int bit;
    private final String[] lists;

    WordClass(String... lists) {
        this.bit = 1 << ordinal();
        this.lists = lists;
    }

    private static final Map<String, Integer> BITS = new HashMap<>();

    static {
        for (WordClass c : values()) {
            for (String list : c.lists) {
                for (String w : WordLists.entries(list)) {
                    BITS.merge(w, c.bit, (a, b) -> a | b);
                }
            }
        }
    }

    /** The classes of a lower-case word, as bits. */
    static int of(String lower) {
        Integer bits = BITS.get(lower);
        return bits == null ? 0 : bits;
    }

    /** Whether a lower-case word belongs to this class. */
    boolean contains(String lower) {
        return (of(lower) & bit) != 0;
    }
}
