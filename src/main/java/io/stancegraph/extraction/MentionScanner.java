package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recognises the mention starting at a token. Rules keyed on one word come first (descriptors, pronouns, the
 * government, police forces, hearsay, organisation nouns); a lower-case word other than a determiner, quantifier,
 * source or title word then opens nothing; then the phrase rules: sources ("a source at the Treasury"), groups
 * ("some European capitals") and names with their titles, organisations and countries.
 */
final class MentionScanner extends MentionReader {

    final ArticleActors actors;
    /** The organisation a spokesperson last spoke for, for "the spokesman said". */
    ExtractedActor lastSpokesOrganisation;
    /** The ministry or department named last, for "a source at the department". */
    ExtractedActor lastDepartment;
    /** Honorific (or null) and name as written of each NAME mention, for the people learnt afterwards. */
    final Map<Mention, String[]> nameParts = new HashMap<>();

    final DescriptorMentions descriptors;
    final ForceMentions forces;
    private final List<MentionRule> wordRules;
    private final List<MentionRule> phraseRules;

    MentionScanner(MentionIndex mentions) {
        super(mentions);
        this.actors = mentions.actors;
        this.descriptors = new DescriptorMentions(mentions);
        this.forces = new ForceMentions(mentions);
        this.wordRules = List.of(descriptors, new PronounMentions(), new GovernmentMentions(index), forces,
                new VagueMentions(), new OrganisationNounMentions(this), new KinMentions(this));
        this.phraseRules = List.of(new SourceMentions(this), new GroupMentions(this), new NamedMentions(this));
    }

    /** The mention starting at token {@code i}, or null. */
    Mention parse(int i) {
        Token t = tok(i);
        if (!t.word) {
            return null;
        }
        Mention m = first(wordRules, i, t);
        if (m != null) {
            return m == MentionRule.NONE ? null : m;
        }
        if (!t.capitalised() && !mayOpenLowerCaseMention(t)) {
            return null;
        }
        m = first(phraseRules, i, t);
        return m == MentionRule.NONE ? null : m;
    }

    private static Mention first(List<MentionRule> rules, int i, Token t) {
        for (MentionRule rule : rules) {
            Mention m = rule.at(i, t);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    /**
     * A lower-case word starts a mention only as a determiner, a quantifier ("some European capitals"), a source
     * word ("officials at ...") or a title word ("former foreign secretary"); every other one is skipped at once.
     */
    private static boolean mayOpenLowerCaseMention(Token t) {
        return t.titleWord() || t.has(WordClass.MENTION_OPENER) || t.has(WordClass.SOURCE_WORD)
                || t.has(WordClass.QUANTIFIER);
    }

    /** A mention of tokens [from, to) with the article's text as its surface. */
    Mention mention(int from, int to, Mention.Type type, String rule) {
        return new Mention(from, to, type, index.text(from, to), rule);
    }

    static boolean possessive(Token t) {
        return t != null && t.possessive();
    }

    static boolean titleWord(Token t) {
        return t != null && t.titleWord();
    }

    /** The organisation or institution named in tokens [from, to): "Kremlin" in "a Kremlin spokesman". */
    ExtractedActor organisationIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = mentions.at(k);
            if (m != null && m.actor() != null) {
                return m.actor();
            }
            String inst = Gazetteer.institution(tok(k).base);
            if (inst == null && k + 1 < to) {
                inst = Gazetteer.institution(tok(k).text + " " + tok(k + 1).base);
            }
            if (inst != null) {
                ExtractedActor a = actors.actorFor(inst, Gazetteer.institutionKind(inst), index.text(k, to));
                lastSpokesOrganisation = a;
                return a;
            }
        }
        return null;
    }
}
