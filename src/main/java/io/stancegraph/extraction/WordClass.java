package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Word lists the finders consult for nearly every token. Each token looks its lower-case form up once, when it is
 * made, and keeps the answer as bits (see {@link Token#has}), instead of one set look-up per question.
 */
enum WordClass {
    /** spokesperson, source, officials ... */
    SOURCE_WORD(MentionIndex.SPOKES_WORDS),
    /** some, many, senior ... ("some European capitals") */
    QUANTIFIER(MentionIndex.QUANTIFIERS),
    /** Lower-case words other than source words and quantifiers that may open a mention: a, the, government ... */
    MENTION_OPENER(MentionIndex.LOWER_CASE_OPENERS),
    TITLE_HEAD(TitleLexicon.TITLE_HEADS),
    TITLE_QUALIFIER(TitleLexicon.TITLE_QUALIFIERS),
    GROUP_NOUN(Gazetteer.GROUP_NOUNS),
    /** Auxiliaries and adverbs between a speaker and the verb. */
    SKIPPABLE(SpeakerResolver.SKIPPABLE),
    AUXILIARY(SpeakerResolver.AUXILIARIES),
    /** and, but, while ... at the edge of a reported clause */
    CONNECTOR(ReportedSpeechFinder.CONNECTORS);

    final int bit;
    private final Set<String> words;

    WordClass(Set<String> words) {
        this.bit = 1 << ordinal();
        this.words = words;
    }

    private static final Map<String, Integer> BITS = new HashMap<>();

    static {
        for (WordClass c : values()) {
            for (String w : c.words) {
                BITS.merge(w, c.bit, (a, b) -> a | b);
            }
        }
    }

    /** The classes of a lower-case word, as bits. */
    static int of(String lower) {
        Integer bits = BITS.get(lower);
        return bits == null ? 0 : bits;
    }
}
