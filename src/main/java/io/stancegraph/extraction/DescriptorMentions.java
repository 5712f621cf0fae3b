package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * "the 24-year-old said": a description standing for the person the article named last before it, resolved once
 * the article's people are known ({@code descriptor:last-person}).
 */
final class DescriptorMentions extends TokenReader implements MentionRule {

    static final String RULE = "descriptor";
    private static final Pattern AGE_DESCRIPTOR = Pattern.compile("\\d{1,3}-year-old");

    private final MentionIndex mentions;
    final List<Mention> deferred = new ArrayList<>();

    DescriptorMentions(ArticleIndex index, MentionIndex mentions) {
        super(index);
        this.mentions = mentions;
    }

    @Override
    public Mention at(int i, Token t) {
        if (i > 0 && tok(i - 1).is("the") && AGE_DESCRIPTOR.matcher(t.lower).matches()) {
            Mention m = new Mention(i - 1, i + 1, Mention.Type.NAME, index.text(i - 1, i + 1), RULE);
            deferred.add(m);
            return m;
        }
        return null;
    }

    void resolve() {
        for (Mention m : deferred) {
            ExtractedActor person = mentions.lastMentioned(m.from, named -> named.type == Mention.Type.NAME
                    && named.actor().kind == ActorKind.PERSON);
            if (person != null) {
                m.resolvedTo(person, "last-person");
            }
        }
    }
}
