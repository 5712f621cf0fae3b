package io.stancegraph.extraction;

import java.util.List;

/**
 * Who speaks for a cue, the token where the speaker's mention starts (-1 when there is none next to the cue), and
 * the rules that decided: the speaker rule that found the speaker ({@code subject-before-cue}, {@code apposition},
 * {@code floating-quote} ...) and the mention rule that resolved the speaker's mention to actors ({@code name:full},
 * {@code title:registry}, {@code pronoun:last-speaker} ...), either of which may be missing. A search that reaches a
 * mention but resolves it to nobody keeps the mention's start with no speakers; the cue rules that then try another
 * way keep that start (see {@link VerbCue}).
 */
record Attribution(List<ExtractedActor> speakers, int from, String speakerRule, String mentionRule) {

    static final Attribution NONE = new Attribution(List.of(), -1, null, null);

    Attribution {
        speakers = List.copyOf(speakers);
    }

    /** The actors a mention resolves to, by the mention rule; it starts at the mention. */
    static Attribution resolved(Mention m, List<ExtractedActor> actors, String mentionRule) {
        return new Attribution(actors, m.from, null, mentionRule);
    }

    boolean isEmpty() {
        return speakers.isEmpty();
    }

    /** A speaker the article describes without naming ("Residents say"): a statement, by nobody named. */
    boolean unnamed() {
        return speakers.isEmpty() && mentionRule != null && mentionRule.endsWith(":" + BareNames.UNNAMED);
    }

    /**
     * One of several known holders of the title ("The president said" with presidents of several countries in the
     * register), a title no one is known to hold, or "he" going on with either: someone, but not someone named.
     */
    boolean titleHolderUnnamed() {
        return unnamed() && TitleResolver.holderUnknown(mentionRule);
    }

    /** The same speakers, found by {@code rule}. */
    Attribution by(String rule) {
        return new Attribution(speakers, from, rule, mentionRule);
    }

    /** The same speakers, with their mention starting at {@code token}. */
    Attribution startingAt(int token) {
        return new Attribution(speakers, token, speakerRule, mentionRule);
    }

    /** {@code speaker-rule/mention-rule}, or whichever of the two there is. */
    String rule() {
        if (speakerRule == null || mentionRule == null) {
            return speakerRule == null ? mentionRule : speakerRule;
        }
        return speakerRule + "/" + mentionRule;
    }
}
