package io.stancegraph.extraction;

import java.util.regex.Pattern;

/**
 * "the 24-year-old said": a description standing for the person the article named last before it, resolved once
 * the article's people are known ({@code descriptor:last-person}).
 */
final class DescriptorMentions extends DeferredMentionRule {

    static final String RULE = "descriptor";
    private static final Pattern AGE_DESCRIPTOR = Pattern.compile("\\d{1,3}-year-old");

    DescriptorMentions(MentionIndex mentions) {
        super(mentions);
    }

    @Override
    public Mention at(int i, Token t) {
        if (i > 0 && tok(i - 1).is("the") && AGE_DESCRIPTOR.matcher(t.lower).matches()) {
            return deferred(new Mention(i - 1, i + 1, Mention.Type.NAME, index.text(i - 1, i + 1), RULE));
        }
        return null;
    }

    @Override
    void resolve(Mention m) {
        ExtractedActor person = mentions.lastMentioned(m.from, named -> named.type == Mention.Type.NAME
                && named.actor().kind == ActorKind.PERSON);
        if (person != null) {
            m.resolvedTo(person, "last-person");
        }
    }
}
