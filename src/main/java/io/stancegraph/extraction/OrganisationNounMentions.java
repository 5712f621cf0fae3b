package io.stancegraph.extraction;

import java.util.Locale;
import java.util.Set;

/**
 * "the ministry said": the organisation the article last named with that word in its name ("Ministry of Finance";
 * {@code organisation-noun:word-in-name}), else, for a generic noun ("the company", "the bloc"), the organisation
 * named last ({@code organisation-noun:last-organisation}). "a council spokeswoman" speaks for it
 * ({@code organisation-noun-spokesperson:...}).
 */
final class OrganisationNounMentions extends ScannerRule {

    /** Nouns that stand for the organisation last named, whatever its name. */
    private static final Set<String> GENERIC_NOUNS = WordLists.set("generic-organisation-nouns");
    /** Nouns that stand only for an organisation with the word in its name. */
    private static final Set<String> HEAD_NOUNS = WordLists.set("organisation-head-nouns");

    OrganisationNounMentions(MentionScanner scanner) {
        super(scanner);
    }

    @Override
    public Mention at(int i, Token t) {
        boolean generic = GENERIC_NOUNS.contains(t.lower);
        if (!generic && !HEAD_NOUNS.contains(t.lower)) {
            return null;
        }
        Token opener = i > 0 ? tok(i - 1) : null;
        boolean possessive = MentionScanner.possessive(t);
        ExtractedActor named = opener != null && (opener.is("the") || opener.is("a")) && !possessive
                ? organisationNamed(t.lower) : null;
        ExtractedActor last = named != null ? named
                : opener != null && opener.is("the") && !possessive && generic ? scanner.actors.lastOrganisation : null;
        String how = named != null ? "word-in-name" : "last-organisation";
        Token next = tok(i + 1);
        if (last != null && next != null && next.has(WordClass.SPOKESPERSON)) {
            // "a council spokeswoman": speaks for the council
            return scanner.mention(i - 1, i + 2, Mention.Type.SPOKESPERSON, "organisation-noun-spokesperson:" + how)
                    .of(last);
        }
        if (last != null && opener.is("the")) {
            return scanner.mention(i - 1, i + 1, Mention.Type.ORGANISATION, "organisation-noun:" + how).of(last);
        }
        return null;
    }

    /** The organisation last named whose name has this word ("ministry" -> "Ministry of Finance"), or null. */
    private ExtractedActor organisationNamed(String word) {
        return scanner.mentions.lastMentioned(Integer.MAX_VALUE, m -> m.actor().kind == ActorKind.ORGANIZATION
                && (" " + m.actor().name.toLowerCase(Locale.ROOT) + " ").contains(" " + word + " "));
    }
}
