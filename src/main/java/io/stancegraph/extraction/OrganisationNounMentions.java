package io.stancegraph.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "the ministry said": the organisation the article last named with that word in its name ("Ministry of Finance";
 * {@code organisation-noun:word-in-name}), else, for a generic noun ("the company", "the bloc"), the organisation
 * named last ({@code organisation-noun:last-organisation}). "a council spokeswoman" speaks for it
 * ({@code organisation-noun-spokesperson:...}). "The ministry said" with no ministry named, or "the ministry" after two, is one the article
 * describes ({@code organisation-noun:unnamed}), never the one named last.
 */
final class OrganisationNounMentions extends ScannerRule {

    /** Nouns that stand for the organisation last named, whatever its name. */
    private static final Set<String> GENERIC_NOUNS = WordLists.set("generic-organisation-nouns");
    /** Nouns that stand only for an organisation with the word in its name. */
    private static final Set<String> HEAD_NOUNS = WordLists.set("organisation-head-nouns");
    /** Nouns that stand only for an organisation with one of the words in its name ("union": "Workers"). */
    private static final Map<String, List<String>> FITS = WordLists.table("organisation-noun-fits");
    /** Nouns that never stand for an organisation with one of the words in its name ("union": "European"). */
    private static final Map<String, List<String>> MISFITS = WordLists.table("organisation-noun-misfits");

    /** How often an organisation is named before a generic noun prefers it to one named once in passing. */
    private static final int SALIENT_NAMINGS = 3;

    OrganisationNounMentions(MentionScanner scanner) {
        super(scanner);
    }

    @Override
    public Mention at(int i, Token t) {
        // "according to the company's regulatory filing": the document speaks as its owner
        boolean owner = MentionScanner.possessive(t) && ownsDocument(i + 1);
        String noun = owner ? Token.withoutPossessive(t.lower) : t.lower;
        boolean generic = GENERIC_NOUNS.contains(noun);
        if (!generic && !HEAD_NOUNS.contains(noun)) {
            return null;
        }
        Token opener = i > 0 ? tok(i - 1) : null;
        boolean possessive = MentionScanner.possessive(t) && !owner;
        boolean definite = opener != null && (opener.is("the") || opener.is("a")) && !possessive;
        ExtractedActor named = definite ? organisationNamed(noun) : null;
        if (definite && !generic && opener.is("the")
                && (named == null && opensSentence(i - 1) || named != null && !onlyOneNamed(noun))) {
            // "The ministry said" with no ministry named, or after two: one the article describes, not a guess
            return scanner.mention(i - 1, i + 1, Mention.Type.VAGUE, "organisation-noun:" + BareNames.UNNAMED);
        }
        ExtractedActor last = named != null ? named
                : opener != null && opener.is("the") && !possessive && generic ? lastFitting(noun) : null;
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
        if (last == null && generic && opener != null && opener.is("the") && !possessive
                && !scanner.actors.organisationsByLastNamed.isEmpty()) {
            // "the union said" with no union named yet: an organisation the article has not named, not another one
            return scanner.mention(i - 1, i + 1, Mention.Type.VAGUE, "organisation-noun:" + BareNames.UNNAMED);
        }
        return null;
    }

    /** "regulatory filing", "annual report": a document noun at {@code k} or after one word describing it. */
    private boolean ownsDocument(int k) {
        for (int j = k; j <= k + 1 && tok(j) != null && tok(j).word && !tok(j).capitalised(); j++) {
            if (AccordingToCue.DOCUMENT_NOUNS.contains(tok(j).lower)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "The ministry said ...", "“...,” the ministry said": the subject of its sentence, not a body named in passing
     * inside a clause ("confirmed the board had agreed a fee").
     */
    private boolean opensSentence(int k) {
        Token before = tok(k - 1);
        return index.sentenceOf(k)[0] == k || before != null && before.isQuoteMark() && !before.inQuote();
    }

    /** Whether the article has named only one organisation with this word in its name. */
    private boolean onlyOneNamed(String word) {
        return scanner.actors.organisationsByLastNamed.stream().filter(a -> hasWord(a, word)).count() == 1;
    }

    private static boolean hasWord(ExtractedActor organisation, String word) {
        return (" " + organisation.name.toLowerCase(Locale.ROOT) + " ").contains(" " + word + " ")
                && fits(word, organisation, false);
    }

    /** The organisation last named whose name has this word ("ministry" -> "Ministry of Finance"), or null. */
    private ExtractedActor organisationNamed(String word) {
        return scanner.mentions.lastMentioned(Integer.MAX_VALUE, m -> m.actor().kind == ActorKind.ORGANIZATION
                && hasWord(m.actor(), word));
    }

    /**
     * The organisation that the generic noun may stand for: among those with a word of its sort ("Workers" for
     * "union"), else, with none such and a noun of no particular sort, among those not ruled out; or null. Of these,
     * the last named, unless it was named only once and another has been named three times or more: "the company" in
     * a story about one firm is that firm, not an investor named once in passing.
     */
    private ExtractedActor lastFitting(String noun) {
        boolean sorted = true;
        ExtractedActor last = lastNamed(noun, true);
        if (last == null && !FITS.containsKey(noun)) {
            sorted = false;
            last = lastNamed(noun, false);
        }
        if (last == null || last.timesNamed > 1) {
            // "the union said" with no union named is an organisation the article has not named
            return last;
        }
        ExtractedActor salient = last;
        for (ExtractedActor candidate : scanner.actors.organisationsByLastNamed) {
            if (candidate.timesNamed >= SALIENT_NAMINGS && candidate.timesNamed > salient.timesNamed
                    && fits(noun, candidate, sorted)) {
                salient = candidate;
            }
        }
        return salient;
    }

    private ExtractedActor lastNamed(String noun, boolean sorted) {
        List<ExtractedActor> named = scanner.actors.organisationsByLastNamed;
        for (int k = named.size() - 1; k >= 0; k--) {
            if (fits(noun, named.get(k), sorted)) {
                return named.get(k);
            }
        }
        return null;
    }

    /**
     * Whether the noun may stand for the organisation: no word of its name rules it out and, if {@code sorted}, one
     * shows its sort.
     */
    private static boolean fits(String noun, ExtractedActor organisation, boolean sorted) {
        Set<String> words = new HashSet<>();
        List<String> spellings = new java.util.ArrayList<>(organisation.aliases);
        spellings.add(organisation.name);
        for (String spelling : spellings) {
            for (String w : spelling.split("[ ]+")) {
                // "Inc." and "Brightmart Inc.'s" as written
                words.add(Token.withoutPossessive(w).replaceAll("\\.$", ""));
            }
        }
        List<String> misfits = MISFITS.getOrDefault(noun, List.of());
        for (String w : misfits) {
            if (words.contains(w)) {
                return false;
            }
        }
        List<String> fits = FITS.get(noun);
        if (fits == null || !sorted) {
            return true;
        }
        for (String w : fits) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
