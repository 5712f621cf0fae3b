package io.stancegraph.extraction;

/**
 * "he", "she", "they" and the relative "who": resolved when a cue needs them (see {@link MentionResolver}).
 */
final class PronounMentions implements MentionRule {

    static final String RULE = "pronoun";

    @Override
    public Mention at(int i, Token t) {
        switch (t.lower) {
            case "he", "she", "they" -> {
                Mention m = new Mention(i, i + 1, Mention.Type.PRONOUN, t.text, RULE);
                m.plural = t.lower.equals("they");
                m.gender = t.lower.equals("he") ? 'M' : t.lower.equals("she") ? 'F' : 0;
                return m;
            }
            case "who" -> {
                return new Mention(i, i + 1, Mention.Type.RELATIVE, t.text, "relative");
            }
            default -> {
                return null;
            }
        }
    }
}
