package io.stancegraph.extraction;

import java.util.Set;

/**
 * "some European capitals", "Western leaders", "Tory MPs": capitalised words before a group noun, optionally after a
 * quantifier, name a group ({@code group}); when the words name an institution ("Kremlin officials") the group
 * speaks for it ({@code group:institution}). People described by what they do ("European officials", "water
 * experts") are sources the article does not name: a group with no actor ({@code group:unnamed}).
 */
final class GroupMentions extends ScannerRule {

    private static final Set<String> DESCRIBED = WordLists.set("group-nouns-described");

    GroupMentions(MentionScanner scanner) {
        super(scanner);
    }

    @Override
    public Mention at(int i, Token t) {
        int j = i;
        if (t.has(WordClass.QUANTIFIER)) {
            j++;
        }
        int adjStart = j;
        while (tok(j) != null && tok(j).capitalised() && !MentionScanner.possessive(tok(j))
                && !tok(j).honorific() && !tok(j).is("the")) {
            j++;
        }
        Token noun = tok(j);
        if (j == adjStart || noun == null || !noun.has(WordClass.GROUP_NOUN)) {
            return null;
        }
        String adjectives = index.text(adjStart, j);
        String surface = index.text(i, j + 1);
        String institution = Gazetteer.institution(adjectives);
        if (institution != null) {
            ExtractedActor speaksFor = scanner.actors.actorFor(institution, Gazetteer.institutionKind(institution),
                    surface);
            return new Mention(i, j + 1, Mention.Type.SPOKESPERSON, surface, "group:institution").of(speaksFor);
        }
        if (DESCRIBED.contains(noun.lower)) {
            // "Some European officials", "Water experts": sources described, not named; no actor
            Mention m = new Mention(i, j + 1, Mention.Type.GROUP, surface, "group:" + BareNames.UNNAMED);
            m.plural = true;
            return m;
        }
        Mention m = new Mention(i, j + 1, Mention.Type.GROUP, surface, "group");
        m.plural = true;
        return m.of(scanner.actors.actorFor(adjectives + " " + noun.lower, ActorKind.GROUP, surface));
    }
}
