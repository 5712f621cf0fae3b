package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Resolves a title alone ("the Prime Minister", "the French president") to the person holding the office, with
 * sieves tried in order until one finds a holder, each stamping its name on the mention ("title:registry"):
 * <ol>
 * <li>{@code article-office}: an office the article itself gives someone (a country-less office when the title
 * names a country, failing an exact one);</li>
 * <li>{@code only-holder}, {@code latest-holder}: for "the minister" or "the secretary", the one person holding a
 * ministry of any portfolio, else the one named last before;</li>
 * <li>{@code registry-named}: of several holders the register of known actors knows on the article's day ("the
 * president": of France, of Ukraine ...), the one the article named before the title, of the title's country when
 * it names one;</li>
 * <li>{@code registry}: the one holder the register knows on the article's day;</li>
 * <li>{@code prominent-person}: the most prominent person the article and the register leave without an office on
 * the day, named near the mention but not in its sentence (not for a former office).</li>
 * </ol>
 * A title resolved once keeps its holder for the rest of the article. A title that several known actors hold, none
 * or several of them named before it, or one that names an office only with its owner ("the leader"), is left
 * unresolved rather than guessed; the first still names one person, whom the article describes by the office, so
 * it stands for someone unnamed ({@code title:several-holders:unnamed}) and its statements are kept with no speaker,
 * as doubtful.
 */
final class TitleResolver extends TokenReader {

    /** Titles too generic to stand for one person. */
    private static final Set<String> UNRESOLVED_TITLES = WordLists.set("unresolved-titles");
    /** Titles that name one office only with a country or an owner: "the leader" alone is anyone's. */
    private static final Set<String> OWNERLESS_TITLES = WordLists.set("titles-needing-owner");
    /** A sieve's answer that several people fit: the title stays unresolved, and no later sieve guesses. */
    private static final ExtractedActor SEVERAL_PEOPLE = new ExtractedActor("", ActorKind.PERSON);
    /** How a title several known actors hold on the day is resolved: one of them spoke, but which is unknown. */
    static final String SEVERAL_HOLDERS = "several-holders:" + BareNames.UNNAMED;
    /** The last sieve, a guess from the article alone: never learned as the person's office or alias. */
    static final String GUESS = "prominent-person";
    /** How a title no sieve finds a holder for is resolved: its holder spoke, unnamed. */
    static final String NO_KNOWN_HOLDER = "no-known-holder:" + BareNames.UNNAMED;

    /** Whether a speaker rule ends in a title whose holder is not known: several hold it, or no one is known to. */
    static boolean holderUnknown(String rule) {
        return rule != null && (rule.endsWith(":" + SEVERAL_HOLDERS) || rule.endsWith(":" + NO_KNOWN_HOLDER));
    }

    private record Sieve(String name, BiFunction<Mention, String, ExtractedActor> holder) {
    }

    private record Assignment(ExtractedActor holder, String rule) {
    }

    private final MentionIndex mentions;
    private final ArticleActors actors;
    private final ActorRegistry registry;
    private final PeopleLearner people;
    private final LocalDate day;
    private final Map<String, Assignment> assigned = new HashMap<>();
    private final List<Sieve> sieves = List.of(
            new Sieve("article-office", this::articleOffice),
            new Sieve("only-holder", this::onlyHolderOfKind),
            new Sieve("latest-holder", this::latestHolderOfKind),
            new Sieve("registry-named", this::registryHolderNamedBefore),
            new Sieve("registry", this::registryHolder),
            new Sieve(GUESS, this::mostProminentUntitled));

    TitleResolver(ArticleIndex index, MentionIndex mentions, ActorRegistry registry, PeopleLearner people) {
        super(index);
        this.mentions = mentions;
        this.actors = mentions.actors;
        this.registry = registry;
        this.people = people;
        this.day = index.article.publishedOn();
    }

    /** Gives the title mention its holder, if a sieve finds one; the holder gets the title as an alias. */
    void resolve(Mention m) {
        if (indefinite(m) || describedOnly(m)) {
            m.resolvedToNobody();
            return;
        }
        Assignment a = holder(m);
        if (a != null && a.holder() == SEVERAL_PEOPLE) {
            m.resolvedToNobody(SEVERAL_HOLDERS);
        } else if (a != null) {
            m.resolvedTo(a.holder(), a.rule());
            if (!GUESS.equals(a.rule())) {
                a.holder().aliases.add(m.surface);
            }
        } else {
            // someone in particular spoke ("the president of France said"), but no one the article or the register
            // can name: the statement is kept, by someone unnamed
            m.resolvedToNobody(NO_KNOWN_HOLDER);
        }
    }

    /**
     * "A Home Office minister has resigned", "one EU diplomat said": one of several holders, not yet named, never a
     * known holder.
     */
    private boolean indefinite(Mention m) {
        Token first = tok(m.from);
        Token before = tok(m.from - 1);
        return first != null && (first.is("a") || first.is("an") || first.is("one"))
                || before != null && (before.is("a") || before.is("an") || before.is("one"));
    }

    /**
     * "the aide said", "the official said", "the EU diplomat said": a title too generic to name anyone (its head word
     * in {@code unresolved-titles}) and with no owner after it ("the head of the IMF" is someone in particular) is a
     * source the article describes, not one of the people it names.
     */
    private boolean describedOnly(Mention m) {
        if (m.role == null || m.role.toLowerCase(java.util.Locale.ROOT).contains(" of ") || !m.actors.isEmpty()) {
            return false;
        }
        String wanted = TitleLexicon.normaliseTitle(m.role);
        String head = wanted.substring(wanted.lastIndexOf(' ') + 1);
        return UNRESOLVED_TITLES.contains(head);
    }

    private Assignment holder(Mention m) {
        String wanted = TitleLexicon.normaliseTitle(m.role);
        if (wanted.isEmpty() || UNRESOLVED_TITLES.contains(wanted)
                || m.country == null && OWNERLESS_TITLES.contains(wanted)) {
            return null;
        }
        String key = wanted + "|" + m.country;
        Assignment earlier = assigned.get(key);
        if (earlier != null) {
            return earlier;
        }
        for (Sieve sieve : sieves) {
            ExtractedActor best = sieve.holder().apply(m, wanted);
            if (best == SEVERAL_PEOPLE) {
                return new Assignment(SEVERAL_PEOPLE, null);
            }
            if (best != null) {
                Assignment found = new Assignment(best, sieve.name());
                assigned.put(key, found);
                if (best.assignedTitle == null) {
                    best.assignedTitle = wanted;
                }
                // A guess is shown as doubtful; stored as the person's office, it would name them surely next time.
                if (m.country != null && !sieve.name().equals(GUESS)) {
                    people.learnTitle(best, m.role, m.country, false);
                }
                return found;
            }
        }
        return null;
    }

    /**
     * An office the article establishes; with a country named, one of that country, else one of no country. An
     * office the article gives only after the title counts when the reader has its holder in view, named before the
     * title, or has no one in view (an opening that names the office first and the person later): "Volodymyr
     * Zelensky visited troops. The president said ..." is not Emmanuel Macron speaking because a later paragraph
     * calls him the president of France.
     */
    private ExtractedActor articleOffice(Mention m, String wanted) {
        ExtractedActor best = null;
        ExtractedActor weak = null;
        boolean several = false;
        // "housing minister X ... minister Y ... the minister said": either may be meant
        Set<ExtractedActor> headHolders = new HashSet<>();
        for (ExtractedActor p : actors.people) {
            for (String[] t : p.titles) {
                if (!wanted.contains(" ") && t[0].endsWith(" " + wanted) && !t[0].startsWith("former ")
                        && inView(p, t, m.from)) {
                    headHolders.add(p);
                }
                if (!TitleLexicon.titlesMatch(wanted, t[0]) || !inView(p, t, m.from)) {
                    continue;
                }
                if (m.country == null || m.country.equals(t[1])) {
                    // "President Macron hosted President Trump. The president said": either may be meant
                    several |= best != null && best != p;
                    if (best == null || t[1] != null) {
                        best = p;
                    }
                } else if (t[1] == null && conflictFree(p, m.country)
                        && (weak == null || p.mentions > weak.mentions)) {
                    weak = p;
                }
            }
        }
        headHolders.remove(best);
        if (several || best != null && !headHolders.isEmpty()) {
            return SEVERAL_PEOPLE;
        }
        return best != null ? best : weak;
    }

    /**
     * Whether the holder of the office is in view at token {@code before}: the article gave the office before (a
     * title with the name, or beside it), or named the holder before, or named no person before.
     */
    private boolean inView(ExtractedActor holder, String[] office, int before) {
        boolean someoneNamed = false;
        for (Mention other : mentions.mentions) {
            if (other.from >= before) {
                break;
            }
            if (!other.actors.contains(holder)) {
                someoneNamed |= other.type == Mention.Type.NAME && other.actor() != null
                        && other.actor().kind == ActorKind.PERSON;
            } else if (other.type == Mention.Type.NAME || other.role != null && Objects.equals(other.country,
                    office[1]) && TitleLexicon.normaliseTitle(other.role).equals(office[0])) {
                return true;
            }
        }
        return !someoneNamed;
    }

    /** "the minister" when the article names one minister of any portfolio ("Health Minister Priya Sharma"). */
    private ExtractedActor onlyHolderOfKind(Mention m, String wanted) {
        if (!isMinistry(wanted)) {
            return null;
        }
        ExtractedActor only = null;
        for (ExtractedActor p : actors.people) {
            if (holdsOfficeOfKind(p, wanted)) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
    }

    /** Several ministers: the one named last before the mention. */
    private ExtractedActor latestHolderOfKind(Mention m, String wanted) {
        if (!isMinistry(wanted)) {
            return null;
        }
        return mentions.lastMentioned(m.from, named -> named.type == Mention.Type.NAME
                && holdsOfficeOfKind(named.actor(), wanted));
    }

    private static boolean isMinistry(String wanted) {
        return wanted.equals("minister") || wanted.equals("secretary");
    }

    /** "Health Minister" is an office of kind "minister"; a former one is not. */
    private static boolean holdsOfficeOfKind(ExtractedActor p, String head) {
        for (String[] t : p.titles) {
            if (t[0].endsWith(" " + head) && !t[0].startsWith("former ")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The one holder the register knows on the article's day, as an actor of the article; when it knows several
     * ("the president", or an office wrongly learned by a second actor), none of them.
     */
    private ExtractedActor registryHolder(Mention m, String wanted) {
        List<KnownActor> holders = registryHolders(m, wanted);
        if (holders.isEmpty()) {
            return null;
        }
        KnownActor k = holders.get(0);
        for (KnownActor other : holders) {
            if (!other.name().equals(k.name())) {
                return SEVERAL_PEOPLE;
            }
        }
        ExtractedActor best = actors.get(k.name());
        if (best == null) {
            String[] words = k.name().split(" ");
            best = actors.addPerson(k.name(), k.kind(), words[0], NameParts.surnameOf(words));
        }
        return best;
    }

    /**
     * Of several holders the register knows on the article's day ("the president": of France, of Ukraine ...), the
     * one the article named before the title, by name or alias: "Volodymyr Zelensky visited troops. The president
     * said ..." is Zelensky. None named before, or several, is no answer: the {@code registry} sieve then finds
     * several people and no one is guessed.
     */
    private ExtractedActor registryHolderNamedBefore(Mention m, String wanted) {
        if (m.former) {
            return null;
        }
        List<KnownActor> holders = registryHolders(m, wanted);
        ExtractedActor named = null;
        Set<String> names = new HashSet<>();
        for (KnownActor k : holders) {
            names.add(k.name());
        }
        if (names.size() < 2) {
            return null;
        }
        for (KnownActor k : holders) {
            ExtractedActor found = namedBefore(k, m.from);
            if (found != null && found != named) {
                if (named != null) {
                    return null;
                }
                named = found;
            }
        }
        return named;
    }

    /**
     * The holders the register knows on the article's day; for a title that names a country ("the French president",
     * "the president of France"), only that country's: the president of Ukraine is never the French president, even
     * when he is the only president the register knows.
     */
    private List<KnownActor> registryHolders(Mention m, String wanted) {
        List<KnownActor> holders = registry.holdersOf(m.role, day);
        String country = m.country != null ? m.country : countryOf(m.role);
        return country == null ? holders : holders.stream().filter(k -> holdsFor(k, wanted, country)).toList();
    }

    /** Whether the known actor holds the office on the article's day for that country ("President of France"). */
    private boolean holdsFor(KnownActor k, String wanted, String country) {
        for (TitleTenure t : k.tenures()) {
            if (t.covers(day) && TitleLexicon.titlesMatch(wanted, TitleLexicon.normaliseTitle(t.title()))
                    && country.equals(countryOf(t.title()))) {
                return true;
            }
        }
        return false;
    }

    /** The country an office names: after "of" ("President of the United States"), else a country word in it. */
    private static String countryOf(String office) {
        String lower = office.toLowerCase(java.util.Locale.ROOT);
        int of = lower.indexOf(" of ");
        if (of > 0) {
            String country = Gazetteer.countryOfWord(office.substring(of + 4).strip());
            if (country != null) {
                return country;
            }
        }
        for (String word : office.split("\\s+")) {
            String country = Gazetteer.countryOfWord(word);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    /** The article's actor for a known one, if a name before token {@code before} is its name or one of its aliases. */
    private ExtractedActor namedBefore(KnownActor k, int before) {
        for (Mention other : mentions.mentions) {
            if (other.from >= before) {
                break;
            }
            ExtractedActor a = other.actor();
            if (other.type != Mention.Type.NAME || a == null || a.kind != ActorKind.PERSON) {
                continue;
            }
            if (a.name.equalsIgnoreCase(k.name()) || other.surface.equalsIgnoreCase(k.name())
                    || k.aliases().stream().anyMatch(alias -> alias.equalsIgnoreCase(other.surface))) {
                return a;
            }
        }
        return null;
    }

    /** No office of another country than the one wanted. */
    private static boolean conflictFree(ExtractedActor p, String country) {
        for (String[] t : p.titles) {
            if (country != null && t[1] != null && !country.equals(t[1])) {
                return false;
            }
        }
        return true;
    }

    /** The person without an office mentioned most, and in the two sentences before, but not in the sentence. */
    private ExtractedActor mostProminentUntitled(Mention m, String wanted) {
        if (m.former) {
            return null;
        }
        int sentence = tok(m.from).sentence;
        ExtractedActor best = null;
        int bestScore = 0;
        for (ExtractedActor p : actors.people) {
            if (p.hasTitle() || !conflictFree(p, m.country) || holdsAnOfficeOnTheDay(p)) {
                continue;
            }
            int score = p.mentions * 2;
            boolean sameSentence = false;
            for (Mention other : mentions.mentions) {
                if (other.actor() != p || other.type != Mention.Type.NAME) {
                    continue;
                }
                int s = tok(other.from).sentence;
                if (s == sentence) {
                    sameSentence = true;
                } else if (s == sentence - 1 || s == sentence - 2) {
                    score += 3;
                }
            }
            if (!sameSentence && score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * Whether the register knows the person to hold an office on the article's day: one whose office the title does
     * not name (the {@code registry} sieves would have found it), so not the title's holder ("the Foreign Secretary"
     * is not the President of Ukraine).
     */
    private boolean holdsAnOfficeOnTheDay(ExtractedActor p) {
        return registry.byAlias(p.name).map(known -> known.tenures().stream().anyMatch(t -> t.covers(day)))
                .orElse(false);
    }
}
