package io.stancegraph.extraction;

import java.util.List;
import java.util.Map;

/**
 * "…, police said", "prosecutors allege": a body speaking in the plural without a name, resolved once all names are
 * known to the force or office the article names ({@code force:named}, "Thames Valley Police"), else to a group of
 * its own ({@code force:group}). The words are in law-enforcement-bodies.txt.
 */
final class ForceMentions extends DeferredMentionRule {

    static final String RULE = "force";
    /** The word, then how the name of the force or office begins: "police" -> "Police". */
    private static final Map<String, List<String>> BODIES = WordLists.table("law-enforcement-bodies");

    private final ArticleActors actors;

    ForceMentions(MentionIndex mentions) {
        super(mentions);
        this.actors = mentions.actors;
    }

    @Override
    public Mention at(int i, Token t) {
        if (!BODIES.containsKey(t.lower) || i > 0 && tok(i - 1).capitalised() || t.capitalised()) {
            return null; // "Thames Valley Police" is a name
        }
        Mention m = new Mention(i, i + 1, Mention.Type.SPOKESPERSON, t.text, RULE);
        m.plural = true;
        return deferred(m);
    }

    @Override
    void resolve(Mention m) {
        String word = m.surface.toLowerCase(java.util.Locale.ROOT);
        ExtractedActor named = actors.organisationContaining(BODIES.get(word).get(0));
        if (named != null) {
            m.resolvedTo(named, "named");
        } else {
            m.resolvedTo(actors.actorFor(Character.toUpperCase(word.charAt(0)) + word.substring(1),
                    ActorKind.GROUP, m.surface), "group");
        }
    }
}
