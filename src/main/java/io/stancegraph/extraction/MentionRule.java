package io.stancegraph.extraction;

/**
 * A rule that recognises one kind of mention at a token. The scanner asks the rules in order and the first answer
 * decides: a mention, or {@link #NONE} when no mention may start at the token whatever later rules would say. A rule
 * stamps its name on the mentions it makes ({@link Mention#rule}).
 */
interface MentionRule {

    /** No mention starts here. */
    Mention NONE = new Mention(-1, -1, Mention.Type.VAGUE, "", "none");

    /** The mention starting at token {@code i} ({@code t}), {@link #NONE}, or null when the rule does not apply. */
    Mention at(int i, Token t);
}
