package io.stancegraph.extraction;

/**
 * "the Government", "Ministers": the home government ({@code government}). "government" without "the" opens no
 * mention here, nor do "European and Turkish ministers".
 */
final class GovernmentMentions extends TokenReader implements MentionRule {

    GovernmentMentions(ArticleIndex index) {
        super(index);
    }

    @Override
    public Mention at(int i, Token t) {
        boolean government = t.lower.equals("government");
        if (!government && !t.lower.equals("ministers")) {
            return null;
        }
        if (government && !(i > 0 && tok(i - 1).is("the"))) {
            return NONE;
        }
        if (!government && i > 0 && (tok(i - 1).capitalised() || tok(i - 1).is("and"))) {
            return NONE;
        }
        int from = government ? i - 1 : i;
        return new Mention(from, i + 1, Mention.Type.GOVERNMENT, index.text(from, i + 1), "government");
    }
}
