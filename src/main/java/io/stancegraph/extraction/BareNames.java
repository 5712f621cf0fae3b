package io.stancegraph.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A capitalised word the article never introduced as a name ({@code name:...}), resolved by what else the article
 * says about it:
 * <ul>
 * <li>an acronym the article spells out is the organisation spelt ({@code acronym}, see {@link Acronyms});</li>
 * <li>one word of exactly one person the article named ("Park" after "Park Ji-hoon", "Linh" after "Linh Nguyen")
 * is that person ({@code part-of-person});</li>
 * <li>the first word of exactly one organisation the article named ("Hanbit" after "Hanbit Electronics") is that
 * organisation ({@code short-organisation});</li>
 * <li>a common word ("Residents", "Analysts", "Store", "Boston-based", "Ugandan"): a group noun, a word the
 * article also writes in lower case, a hyphenated description or a nationality is a description of someone the
 * article does not name, so nobody ({@code unnamed});</li>
 * <li>anything else is a person of that name ({@code bare}).</li>
 * </ul>
 */
final class BareNames extends MentionReader {

    /** Mention rule suffix of a speaker the article describes without naming: the statement has no speaker. */
    static final String UNNAMED = "unnamed";
    private Set<String> lowerWords;
    private final Acronyms acronyms;

    BareNames(ArticleIndex index, MentionIndex mentions) {
        super(index, mentions);
        this.acronyms = new Acronyms(index);
    }

    Attribution resolve(Mention m, String word) {
        String bare = word.replaceFirst("^(?i)the ", "");
        String name = acronyms.spelt(bare);
        // "a source at the CSCA", "the RNLI said": an acronym with "the" names an organisation, spelt out or not (an
        // office's, "the CFO", is a title)
        if (name != null && (!name.isEmpty() || m.surface.toLowerCase(java.util.Locale.ROOT).startsWith("the "))) {
            return Attribution.resolved(m, List.of(mentions.actorFor(name.isEmpty() ? bare : name,
                    ActorKind.ORGANIZATION, m.surface)), m.rule + ":acronym");
        }
        ExtractedActor person = onlyPersonWith(word);
        if (person != null) {
            return Attribution.resolved(m, List.of(person), m.rule + ":part-of-person");
        }
        ExtractedActor organisation = onlyOrganisationStartingWith(word);
        if (organisation != null) {
            return Attribution.resolved(m, List.of(organisation), m.rule + ":short-organisation");
        }
        if (commonWord(word)) {
            return Attribution.resolved(m, List.of(), m.rule + ":" + UNNAMED);
        }
        return Attribution.resolved(m, List.of(mentions.actorFor(word, ActorKind.PERSON, m.surface)),
                m.rule + ":bare");
    }

    /** Whether a bare mention's word describes rather than names. */
    boolean commonWord(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0)) || word.contains("-")) {
            return true;
        }
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        if (Gazetteer.countryOfWord(word) != null && !Gazetteer.countryOfWord(word).equalsIgnoreCase(word)) {
            return true; // "Ugandan": a nationality, not the country and not a name
        }
        return WordClass.GROUP_NOUN.contains(lower) || lowerCaseWords().contains(lower);
    }

    private ExtractedActor onlyPersonWith(String word) {
        ExtractedActor found = null;
        for (ExtractedActor a : mentions.actors.people) {
            if (a.kind == ActorKind.PERSON && List.of(a.name.split(" ")).contains(word) && !a.name.equals(word)) {
                if (found != null && found != a) {
                    return null;
                }
                found = a;
            }
        }
        return found;
    }

    private ExtractedActor onlyOrganisationStartingWith(String word) {
        String found = mentions.actors.longerNameOf(word);
        ExtractedActor a = found.equals(word) ? null : mentions.actor(found);
        return a != null && a.kind == ActorKind.ORGANIZATION ? a : null;
    }

    /** Words the article writes in lower case outside quotations ("residents", "store"). */
    private Set<String> lowerCaseWords() {
        if (lowerWords == null) {
            lowerWords = new HashSet<>();
            for (Token t : index.tokens) {
                if (t.word && !t.capitalised()) {
                    lowerWords.add(t.lower);
                }
            }
        }
        return lowerWords;
    }
}
