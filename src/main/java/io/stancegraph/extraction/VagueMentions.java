package io.stancegraph.extraction;

import java.util.Set;

/** "reports said", "speculation suggested": hearsay that no one in particular said ({@code vague}, no speaker). */
final class VagueMentions implements MentionRule {

    private static final Set<String> VAGUE_SOURCES = WordLists.set("vague-sources");

    @Override
    public Mention at(int i, Token t) {
        return VAGUE_SOURCES.contains(t.lower) ? new Mention(i, i + 1, Mention.Type.VAGUE, t.text, "vague") : null;
    }
}
