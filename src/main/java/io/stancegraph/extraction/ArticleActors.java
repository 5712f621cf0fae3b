package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The actors one article names, by canonical name in the order first named, the people among them, and the
 * organisation named last ("the company announced").
 */
final class ArticleActors {

    /** Spelling variants of transliterated surnames, to the spelling kept. */
    private static final Map<String, String> SPELLINGS = new HashMap<>();

    static {
        WordLists.table("name-spellings").forEach((kept, variants) -> variants.forEach(v -> SPELLINGS.put(v, kept)));
    }

    /** Ends the rule of a mention of a ministry whose country the article leaves open: a speaker shown as doubtful. */
    static final String OWNER_UNKNOWN = "+owner-unknown";

    private final ActorRegistry registry;
    private final String homeGovernment;
    private final Map<String, ExtractedActor> byName = new LinkedHashMap<>();
    /** The people the article names, in the order learnt. */
    final List<ExtractedActor> people = new ArrayList<>();
    /** The organisations named so far, the one named last at the end, for "the company", "the bloc". */
    final List<ExtractedActor> organisationsByLastNamed = new ArrayList<>();

    /** False for another country's news, where "the Government" is not the home government (see HomeCountry). */
    private final boolean homeGoverns;

    /** In another country's news, the country it is from, if the article tells (see HomeCountry.newsCountry). */
    private final String newsCountry;
    /** Ministries of another country's news that could be any of the countries it names. */
    private final Set<ExtractedActor> ownerUnknown = new HashSet<>();

    ArticleActors(ActorRegistry registry, String homeGovernment, boolean homeGoverns, String newsCountry) {
        this.registry = registry;
        this.homeGovernment = homeGovernment;
        this.homeGoverns = homeGoverns;
        this.newsCountry = homeGoverns ? null : newsCountry;
    }

    ExtractedActor get(String name) {
        return byName.get(name);
    }

    /** The actor of this canonical name (the registry's name when it knows the form), with the alias as written. */
    ExtractedActor actorFor(String canonical, ActorKind kind, String alias) {
        Optional<KnownActor> known = registry.byAlias(canonical);
        String name = known.map(KnownActor::name).orElse(canonical);
        if (known.isEmpty() && kind == ActorKind.ORGANIZATION && !byName.containsKey(name)) {
            name = longerNameOf(name);
        }
        ExtractedActor a = byName.computeIfAbsent(name, n -> new ExtractedActor(n, known.map(KnownActor::kind)
                .orElse(kind)));
        a.aliases.add(alias);
        if (a.kind == ActorKind.ORGANIZATION) {
            a.timesNamed++;
            organisationsByLastNamed.remove(a);
            organisationsByLastNamed.add(a);
        }
        return a;
    }

    /** A person the article (or the registry, for an office) introduces; replaces an actor of the same name. */
    ExtractedActor addPerson(String written, ActorKind kind, String firstName, String surname) {
        String name = recordSpelling(written);
        ExtractedActor person = new ExtractedActor(name, kind);
        if (!name.equals(written)) {
            // The spelling the article used stays findable.
            person.aliases.add(written);
        }
        person.firstName = firstName;
        person.surname = surname;
        people.add(person);
        byName.put(person.name, person);
        return person;
    }

    /** A person's name with a transliterated surname in the spelling the record keeps ("Zelenskiy": "Zelensky"). */
    static String recordSpelling(String name) {
        int space = name.lastIndexOf(' ');
        String kept = SPELLINGS.get(name.substring(space + 1));
        return kept == null ? name : name.substring(0, space + 1) + kept;
    }

    /** "Northgate" after "Northgate Steel": the short form of an organisation the article already named. */
    String longerNameOf(String name) {
        String found = name;
        for (ExtractedActor a : byName.values()) {
            if (a.kind == ActorKind.ORGANIZATION && a.name.startsWith(name + " ")) {
                if (!found.equals(name)) {
                    return name; // two candidates: keep the name as written
                }
                found = a.name;
            }
        }
        return found;
    }

    /** Whether the country is the home government's ("Britain's Defence Ministry" is the Ministry of Defence). */
    boolean homeCountry(String country) {
        return country.equals(HomeCountry.countryOf(homeGovernment));
    }

    /**
     * An institution or organisation as stored. A ministry is its owner's: "Russia's Defence Ministry" is the Russian
     * Defence Ministry ({@link Gazetteer#organisationName}), never the home country's Ministry of Defence, and so is
     * "the Defence Ministry" in news from Moscow. In another country's news that names several countries, whose it is
     * stays unknown: the name is kept as written, and {@link #ownerUnknown} tells.
     */
    ExtractedActor organisation(String name, String institution, String ownerCountry, String alias) {
        String homeName = institution != null ? institution : Gazetteer.organisationName(name);
        boolean homeMinistry = Gazetteer.ministry(homeName) && Gazetteer.institution(homeName) != null;
        String owner = ownerCountry != null && !homeCountry(ownerCountry) ? ownerCountry
                : ownerCountry == null && homeMinistry && !homeGoverns ? newsCountry : null;
        if (ownerCountry == null && homeMinistry && !homeGoverns && newsCountry == null) {
            ExtractedActor a = actorFor(name, ActorKind.ORGANIZATION, alias);
            ownerUnknown.add(a);
            return a;
        }
        if (institution != null && (owner == null || !homeMinistry)) {
            return actorFor(institution, Gazetteer.institutionKind(institution), alias);
        }
        return actorFor(Gazetteer.organisationName(name, owner), ActorKind.ORGANIZATION, alias);
    }

    /**
     * The organisation of the whole name that {@code readShort} was read out of ("Regulatory Agency" of "Medicines and
     * Healthcare products Regulatory Agency"); the short one is forgotten.
     */
    ExtractedActor lengthened(ExtractedActor readShort, String wholeName) {
        byName.remove(readShort.name);
        organisationsByLastNamed.remove(readShort);
        return actorFor(Gazetteer.organisationName(wholeName), ActorKind.ORGANIZATION, wholeName);
    }

    /**
     * "the French government", "a French government spokesperson": another country's government is that country; a
     * devolved government of the home country is its own organisation ("the Welsh government": Welsh Government).
     */
    ExtractedActor governmentOf(String country, String alias) {
        if (homeCountry(country) && government() != null) {
            return government(); // "the British government" in home news
        }
        if (!HomeCountry.devolved(homeGovernment, country)) {
            return actorFor(country, ActorKind.COUNTRY, alias);
        }
        String adjective = Gazetteer.adjectiveOf(country);
        for (String word : alias.split(" ")) {
            // "Welsh", as written: not every people's word ends as the usual adjectives do
            if (adjective == null && country.equals(Gazetteer.countryOfWord(word)) && !word.equalsIgnoreCase(country)) {
                adjective = Character.toUpperCase(word.charAt(0)) + word.substring(1);
            }
        }
        return actorFor((adjective == null ? country : adjective) + " Government", ActorKind.ORGANIZATION, alias);
    }

    /** A ministry named in another country's news that could be any of several countries'. */
    boolean ownerUnknown(ExtractedActor a) {
        return ownerUnknown.contains(a);
    }

    /** False in another country's news, where "the Government" is not the home government. */
    boolean homeGoverns() {
        return homeGoverns;
    }

    /** The home government, or null in another country's news. */
    ExtractedActor government() {
        return homeGoverns ? actorFor(homeGovernment, ActorKind.GOVERNMENT, homeGovernment) : null;
    }

    /** The first organisation whose name contains {@code part} ("Police" in "Thames Valley Police"), or null. */
    ExtractedActor organisationContaining(String part) {
        for (ExtractedActor a : byName.values()) {
            if (a.kind == ActorKind.ORGANIZATION && a.name.contains(part)) {
                return a;
            }
        }
        return null;
    }

    List<ActorMention> summary() {
        List<ActorMention> out = new ArrayList<>();
        for (ExtractedActor a : byName.values()) {
            out.add(new ActorMention(a.name, a.kind, List.copyOf(a.aliases), List.copyOf(a.tenures)));
        }
        return out;
    }

    /** The role as written for an actor, if the article gives one. */
    static String roleOf(ExtractedActor a) {
        for (String[] t : a.titles) {
            if (!t[0].startsWith("former")) {
                return t[2];
            }
        }
        return a.titles.isEmpty() ? null : a.titles.get(0)[2];
    }
}
