package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Learns the people an article names and the offices it gives them. Full names come first, so that the short forms
 * ("Mr X", "Sir Keir", "Starmer") can attach to them; {@link Appositions} then give offices ("the Defence Secretary,
 * John Healey", "James Cleverly, a former foreign secretary"). Name mentions are stamped with the way they were resolved:
 * {@code name:full}, {@code name:first-name}, {@code name:surname}, {@code name:registry}, {@code name:honorific}.
 */
final class PeopleLearner extends TokenReader {

    /**
     * A surname that several people of the article share, resolved to the one named first (the story's subject, as a
     * rule): a rule of its own, so that the confidence table measures it.
     */
    static final String SURNAME_OF_SEVERAL = "surname-of-several";
    private static final Set<String> PARTICLES = WordLists.set("name-particles");
    /** Honorifics used with the first name: "Sir Keir", "Dame Priti". */
    private static final Set<String> FIRST_NAME_HONORIFICS = WordLists.set("first-name-honorifics");
    /** First names that tell a woman, and a man (used for pronoun agreement only). */
    private static final Set<String> FEMALE_FIRST_NAMES = WordLists.set("first-names-female");
    private static final Set<String> MALE_FIRST_NAMES = WordLists.set("first-names-male");
    /** Kin nouns by the gender they tell ("F", "M", "-"). */
    private static final Map<String, Character> KIN_NOUNS = kinNouns();

    private final MentionIndex mentions;
    private final ArticleActors actors;
    private final ActorRegistry registry;

    PeopleLearner(ArticleIndex index, MentionIndex mentions, ActorRegistry registry) {
        super(index);
        this.mentions = mentions;
        this.actors = mentions.actors;
        this.registry = registry;
    }

    /** The people of the NAME mentions ({@code nameParts}: honorific or null, and the name as written). */
    void learnPeople(Map<Mention, String[]> nameParts) {
        for (Mention m : mentions.mentions) {
            String[] parts = nameParts.get(m);
            if (parts != null) {
                learnFullName(m, parts[1]);
            }
        }
        for (Mention m : mentions.mentions) {
            String[] parts = nameParts.get(m);
            if (parts != null && m.actors.isEmpty()) {
                learnShortName(m, parts[0], parts[1]);
            }
        }
        for (Mention m : mentions.mentions) {
            ExtractedActor a = m.actor();
            if (a == null || m.type != Mention.Type.NAME) {
                continue;
            }
            a.aliases.add(m.surface);
            a.mentions++;
            if (m.gender != 0) {
                a.gender = m.gender;
            }
            if (m.role != null) {
                learnTitle(a, m.role, m.country, m.former);
            }
        }
        for (ExtractedActor p : actors.people) {
            genderFromFirstName(p);
        }
    }

    private static Map<String, Character> kinNouns() {
        Map<String, Character> kin = new java.util.HashMap<>();
        WordLists.table("kin-nouns").forEach((g, words) -> words.forEach(w -> kin.put(w, g.equals("-") ? 0 : g.charAt(0))));
        return Map.copyOf(kin);
    }

    /** The gender a kin noun tells ('F', 'M', 0 for either), or null for a word that is no kin noun. */
    static Character kinGender(String word) {
        return KIN_NOUNS.get(word);
    }

    /** "Tessa", "Peter": a first name used for one gender only tells it, when nothing else has. */
    private static void genderFromFirstName(ExtractedActor p) {
        if (p.gender != 0 || p.kind != ActorKind.PERSON) {
            return;
        }
        char gender = firstNameGender(p);
        if (gender != 0) {
            p.gender = gender;
            p.genderFromFirstName = true;
        }
    }

    /**
     * "Her son, Derek, ...", "Fehr’s daughter, Tessa, ...", "his father, Peter Trewin, ...": a name set off by commas
     * after a kin noun names a person of the gender the noun tells. A first name alone takes the family name of the
     * person whose relation it is ("her" / "his": the nearest person before of that gender), and the same first name
     * alone later in the article is that person ({@code name:kin}, {@code name:kin-first-name}).
     */
    void learnRelatives() {
        List<Mention> all = mentions.mentions;
        // whose relative is who, by kin noun: Jess Trewin -> father -> Peter Trewin
        Map<ExtractedActor, Map<String, ExtractedActor>> relatives = new java.util.HashMap<>();
        for (int k = 0; k < all.size(); k++) {
            Mention m = all.get(k);
            if (m.type != Mention.Type.NAME || tok(m.from).inQuote() || tok(m.from - 1) == null
                    || !tok(m.from - 1).is(",") || tok(m.from - 2) == null) {
                continue;
            }
            Character gender = KIN_NOUNS.get(tok(m.from - 2).lower);
            if (gender == null) {
                continue;
            }
            ExtractedActor relative = m.actor();
            if (relative == null && m.to - m.from == 1 && tok(m.from).capitalised()) {
                relative = relativeByFirstName(k);
                if (relative == null) {
                    continue;
                }
            }
            if (relative != null && relative.kind == ActorKind.PERSON && gender != 0
                    && (relative.gender == 0 || relative.genderFromFirstName)) {
                relative.gender = gender;
                relative.genderFromFirstName = false;
            }
            if (relative != null && relative.kind == ActorKind.PERSON) {
                ExtractedActor of = kinOwner(possessorBefore(m.from - 2), m.from - 2);
                if (of != null && of != relative) {
                    relatives.computeIfAbsent(of, o -> new java.util.HashMap<>()).putIfAbsent(tok(m.from - 2).lower,
                            relative);
                }
            }
        }
        // "her father is waiting by the ice plant": the relative named before, if the article named one
        for (Mention m : all) {
            if (!m.rule.equals(KinMentions.RULE + ":" + BareNames.UNNAMED) || tok(m.from).inQuote()) {
                continue;
            }
            ExtractedActor of = kinOwner(m.from, m.from + 1);
            ExtractedActor relative = of == null ? null
                    : relatives.getOrDefault(of, Map.of()).get(tok(m.from + 1).lower);
            if (relative != null) {
                m.actors.add(relative);
                m.rule = KinMentions.RULE + ":relative";
            }
        }
    }

    /**
     * "Her son, Derek": the relative of the nearest person before of that gender, given that person's family name;
     * the same first name alone later in the article is the relative too. Null when no owner with a surname is found.
     */
    private ExtractedActor relativeByFirstName(int k) {
        List<Mention> all = mentions.mentions;
        Mention m = all.get(k);
        ExtractedActor of = kinOwner(possessorBefore(m.from - 2), m.from - 2);
        if (of == null || of.surname == null) {
            return null;
        }
        String first = tok(m.from).text;
        ExtractedActor relative = personByFullName((first + " " + of.surname).split(" "));
        if (relative == null) {
            relative = actors.addPerson(first + " " + of.surname, ActorKind.PERSON, first, of.surname);
        }
        m.resolvedTo(relative, "kin");
        relative.aliases.add(m.surface);
        relative.mentions++;
        for (int j = k + 1; j < all.size(); j++) {
            Mention later = all.get(j);
            if (later.type == Mention.Type.NAME && later.actors.isEmpty() && later.surface.equals(first)) {
                later.resolvedTo(relative, "kin-first-name");
                relative.mentions++;
            }
        }
        return relative;
    }

    /** The token that may own the kin noun at {@code kin}: past a few lower-case words ("her 19-year-old son"). */
    private int possessorBefore(int kin) {
        int possessor = kin - 1;
        while (possessor > kin - 4 && tok(possessor) != null && tok(possessor).word
                && !tok(possessor).capitalised() && !tok(possessor).is("her") && !tok(possessor).is("his")) {
            possessor--;
        }
        return possessor;
    }

    /**
     * Whose relation the kin noun at {@code kin} names: a possessive name before it ("Fehr’s daughter"), else for
     * "her" / "his" the nearest person named before of that gender, within a few sentences.
     */
    private ExtractedActor kinOwner(int possessor, int kin) {
        Token t = tok(possessor);
        if (t == null) {
            return null;
        }
        Mention named = mentions.at(possessor);
        if (named != null && named.to == possessor + 1 && t.possessive()) {
            ExtractedActor a = named.actor();
            return a != null && a.kind == ActorKind.PERSON ? a : null;
        }
        char gender = t.is("her") ? 'F' : t.is("his") ? 'M' : 0;
        if (gender == 0) {
            return null;
        }
        for (int k = possessor - 1; k >= 0 && tok(kin).sentence - tok(k).sentence <= 10; k--) {
            Mention m = mentions.at(k);
            if (m == null || tok(k).inQuote() || m.to != k + 1) {
                continue;
            }
            ExtractedActor a = m.actor();
            if (a != null && a.kind == ActorKind.PERSON && (a.gender == 0 || a.gender == gender)) {
                return a;
            }
        }
        return null;
    }

    /** "Keir Starmer": a person of two or more names, the same person each time the article repeats them. */
    private void learnFullName(Mention m, String name) {
        String[] words = name.split(" ");
        // "von der Leyen" after "Ms" is a surname alone
        if (words.length < 2 || PARTICLES.contains(words[0])) {
            return;
        }
        if (PARTICLES.contains(words[0].toLowerCase(Locale.ROOT))) {
            // "Van Dalen, responding later, said" after "Pieter van Dalen": the surname, capitalised to open a sentence;
            // "Ms Al Marri" after "Adel Al Marri" and "Mariam Al Marri": the one the honorific's gender allows
            List<ExtractedActor> named = bearing(name, m);
            if (!named.isEmpty()) {
                m.resolvedTo(named.get(0), named.size() == 1 ? "surname" : SURNAME_OF_SEVERAL);
                return;
            }
        }
        ExtractedActor person = personByFullName(words);
        if (person == null) {
            Optional<KnownActor> known = registry.byAlias(name);
            person = actors.addPerson(known.map(KnownActor::name).orElse(name), ActorKind.PERSON, words[0],
                    NameParts.surnameOf(words));
        }
        m.resolvedTo(person, "full");
    }

    /** Whether the mention's gender (an honorific's) allows the person, whose first name may tell theirs. */
    private boolean genderAllows(Mention m, ExtractedActor p) {
        return m.gender == 0 || firstNameGender(p) == 0 || firstNameGender(p) == m.gender;
    }

    /** The people with this surname (its case aside) whose gender the mention allows, first named first. */
    private List<ExtractedActor> bearing(String surname, Mention m) {
        List<ExtractedActor> people = new ArrayList<>();
        for (ExtractedActor p : actors.people) {
            if (surname.equalsIgnoreCase(p.surname) && genderAllows(m, p)) {
                people.add(p);
            }
        }
        return people;
    }

    /** "Sir Keir", "Mr Starmer", "Starmer": a person named in full before, the registry's, or a new one. */
    private void learnShortName(Mention m, String honorific, String word) {
        if (honorific != null && FIRST_NAME_HONORIFICS.contains(honorific)) {
            ExtractedActor person = findPerson(p -> word.equals(p.firstName));
            if (person != null) {
                m.resolvedTo(person, "first-name");
                return;
            }
        }
        List<ExtractedActor> bySurname = bearing(word, m);
        if (bySurname.size() == 1) {
            m.resolvedTo(bySurname.get(0), "surname");
            return;
        }
        if (bySurname.size() > 1) {
            // "Gord Beattie ... his wife, Joan Beattie ... Mr Beattie said": the honorific's gender chooses; else the
            // one named first
            m.resolvedTo(bySurname.get(0), SURNAME_OF_SEVERAL);
            return;
        }
        // "Dr Ong" for Ong Mei Xian, "Mr Faisal" for Faisal Rahmat: names whose honorific goes with the first word
        List<ExtractedActor> byFirst = honorific == null ? List.of() : actors.people.stream()
                .filter(p -> word.equals(p.firstName) && genderAllows(m, p)).distinct().toList();
        ExtractedActor byFirstWord = byFirst.size() == 1 ? byFirst.get(0) : null;
        if (byFirstWord != null) {
            m.resolvedTo(byFirstWord, "first-name");
            return;
        }
        Optional<KnownActor> known = registry.byAlias(m.surface);
        if (known.isEmpty()) {
            known = registry.byAlias(word);
        }
        if (known.isPresent()) {
            m.resolvedTo(actors.actorFor(known.get().name(), known.get().kind(), m.surface), "registry");
        } else if (honorific != null || m.role != null) {
            // "Mr Dupont" with no full name in the article still names a person
            m.resolvedTo(actors.addPerson(word, ActorKind.PERSON, null, word), "honorific");
        }
    }

    /** The gender the person's first name tells, or 0. */
    private static char firstNameGender(ExtractedActor p) {
        if (p.firstName == null) {
            return 0;
        }
        return FEMALE_FIRST_NAMES.contains(p.firstName) ? 'F' : MALE_FIRST_NAMES.contains(p.firstName) ? 'M' : 0;
    }

    private ExtractedActor findPerson(Predicate<ExtractedActor> test) {
        for (ExtractedActor p : actors.people) {
            if (test.test(p)) {
                return p;
            }
        }
        return null;
    }

    private ExtractedActor personByFullName(String[] words) {
        String surname = NameParts.surnameOf(words);
        String middle = NameParts.middleOf(words);
        // "John Smith" is "John Michael Smith", but "Md Nazrul Islam" is not "Md Shahidul Islam"
        return findPerson(p -> surname.equals(p.surname) && words[0].equals(p.firstName)
                && NameParts.middlesAgree(middle, NameParts.middleOf(p.name.split(" "))));
    }

    /** An office the article gives the actor, on the day of the article; the title may tell the gender. */
    void learnTitle(ExtractedActor a, String role, String country, boolean former) {
        String norm = TitleLexicon.normaliseTitle(role);
        if (norm.isEmpty()) {
            return;
        }
        for (String[] t : a.titles) {
            if (t[0].equals(norm) && Objects.equals(t[1], country)) {
                return;
            }
        }
        a.titles.add(new String[]{norm, country, role});
        // "the committee’s chairwoman", "a spokesman": the title tells the gender
        String lastWord = role.substring(role.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (a.gender == 0 && lastWord.endsWith("woman")) {
            a.gender = 'F';
        } else if (a.gender == 0 && lastWord.endsWith("man") && !lastWord.equals("human")) {
            a.gender = 'M';
        }
        LocalDate day = index.article.publishedOn();
        a.tenures.add(new TitleTenure(a.name, role, day, day));
    }

}
