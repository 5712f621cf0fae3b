package io.stancegraph.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds every reference to an actor (names with honorifics and titles, titles alone, organisations, countries,
 * groups, spokespeople, pronouns), learns the people and offices the article establishes, and resolves names and
 * titles to canonical actors.
 */
final class MentionIndex {

    private static final Set<String> STOP = WordLists.set("name-stop-words");
    private static final Set<String> PARTICLES = WordLists.set("name-particles");
    /** Stop words that are also first names: "Mark my words" but "Mark Flekken said". */
    private static final Set<String> FIRST_NAMES_IN_STOP = WordLists.set("name-stop-words-first-names");
    private static final Set<String> PARTICIPLE_OBJECTS = WordLists.set("participle-objects");
    private static final Set<String> GEOGRAPHIC_FEATURES = WordLists.set("geographic-features");
    /** Nouns that stand for the organisation last named, whatever its name ("the company announced"). */
    private static final Set<String> GENERIC_ORGANISATION_NOUNS = WordLists.set("generic-organisation-nouns");
    private static final Set<String> SPOKESPERSON_WORDS = WordLists.set("spokesperson-words");
    /** Honorifics used with the first name: "Sir Keir", "Dame Priti". */
    private static final Set<String> FIRST_NAME_HONORIFICS = WordLists.set("first-name-honorifics");
    /** Titles too generic to stand for one person. */
    private static final Set<String> UNRESOLVED_TITLES = WordLists.set("unresolved-titles");

    final ArticleIndex index;
    private final ActorRegistry registry;
    private final LocalDate day;
    private final String homeGovernment;
    final List<Mention> mentions = new ArrayList<>();
    private final Mention[] byToken;
    final Map<String, ExtractedActor> actors = new LinkedHashMap<>();
    private final Map<String, ExtractedActor> assignedTitles = new HashMap<>();
    private ExtractedActor lastSpokesOrganisation;
    /** The organisation named last, for "the company", "the bloc". */
    private ExtractedActor lastOrganisation;
    private ExtractedActor lastDepartment;

    MentionIndex(ArticleIndex index, ActorRegistry registry, String homeGovernment) {
        this.index = index;
        this.registry = registry;
        this.day = index.article.publishedOn();
        this.homeGovernment = homeGovernment;
        this.byToken = new Mention[index.tokens.size()];
        scan();
        learnPeople();
        learnAppositions();
        resolve();
    }

    Mention at(int token) {
        return token >= 0 && token < byToken.length ? byToken[token] : null;
    }

    ExtractedActor actor(String name) {
        return actors.get(name);
    }

    // ---------------------------------------------------------------- scanning

    private void scan() {
        List<Token> tokens = index.tokens;
        int i = 0;
        while (i < tokens.size()) {
            Mention m = parse(i);
            if (m == null) {
                i++;
                continue;
            }
            mentions.add(m);
            for (int k = m.from; k < m.to; k++) {
                byToken[k] = m;
            }
            i = m.to;
        }
    }

    private Token tok(int i) {
        return index.token(i);
    }

    private static String base(String word) {
        return Token.withoutPossessive(word);
    }

    private static boolean possessive(Token t) {
        return t != null && t.possessive();
    }


    /** "Alzheimer’s Research UK", "Children’s Society", "Women’s Aid": a possessive opening a charity's name. */
    private boolean possessiveOrganisationName(int k) {
        int end = k;
        while (tok(end) != null && tok(end).capitalised() && tok(end).word && !possessive(tok(end)) && end < k + 4) {
            end++;
        }
        return end > k && POSSESSIVE_NAME_ENDINGS.contains(tok(end - 1).text);
    }

    private static final Set<String> POSSESSIVE_NAME_ENDINGS = WordLists.set("possessive-name-endings");

    /** "Schools" in "Schools Minister Hannah Doyle": any capitalised word naming the office's portfolio. */
    private boolean portfolio(int k) {
        Token t = tok(k);
        Token next = tok(k + 1);
        return t.word && t.capitalised() && !t.honorific() && !possessive(t) && next != null
                && next.capitalised() && (next.is("minister") || next.is("secretary") || next.is("commissioner"));
    }

    private static boolean titleWord(Token t) {
        return t != null && t.titleWord();
    }

    /**
     * A lower-case word starts a mention only as a determiner, a quantifier ("some European capitals"), a source
     * word ("officials at ...") or a title word ("former foreign secretary"); every other one is skipped at once.
     */
    private static boolean mayOpenLowerCaseMention(Token t) {
        return t.titleWord() || t.has(WordClass.MENTION_OPENER) || t.has(WordClass.SOURCE_WORD)
                || t.has(WordClass.QUANTIFIER);
    }

    private Mention parse(int i) {
        Token t = tok(i);
        if (!t.word) {
            return null;
        }
        // "the 24-year-old said": the person the article named last
        if (i > 0 && tok(i - 1).is("the") && AGE_DESCRIPTOR.matcher(t.lower).matches()) {
            Mention m = new Mention(i - 1, i + 1, Mention.Type.NAME, index.text(i - 1, i + 1));
            deferredDescriptors.add(m); // resolved once the article's people are known
            return m;
        }
        switch (t.lower) {
            case "he", "she", "they" -> {
                Mention m = new Mention(i, i + 1, Mention.Type.PRONOUN, t.text);
                m.plural = t.lower.equals("they");
                m.gender = t.lower.equals("he") ? 'M' : t.lower.equals("she") ? 'F' : 0;
                return m;
            }
            case "who" -> {
                return new Mention(i, i + 1, Mention.Type.RELATIVE, t.text);
            }
            case "ministers", "government" -> {
                if (t.lower.equals("government") && !(i > 0 && tok(i - 1).is("the"))) {
                    return null;
                }
                // "European and Turkish ministers" are not the home government's
                if (t.lower.equals("ministers") && i > 0 && (tok(i - 1).capitalised() || tok(i - 1).is("and"))) {
                    return null;
                }
                int from = t.lower.equals("government") ? i - 1 : i;
                return new Mention(from, i + 1, Mention.Type.GOVERNMENT, index.text(from, i + 1));
            }
            case "police", "prosecutors", "investigators" -> {
                // "…, police said": the police force the article names, resolved once all names are known
                if (!(i > 0 && tok(i - 1).capitalised()) && !t.capitalised()) {
                    Mention m = new Mention(i, i + 1, Mention.Type.SPOKESPERSON, t.text);
                    m.plural = true;
                    deferredForces.add(m);
                    return m;
                }
            }
            case "reports", "rumours", "speculation" -> {
                return new Mention(i, i + 1, Mention.Type.VAGUE, t.text);
            }
            case "company", "firm", "group", "bank", "carmaker", "retailer", "airline", "union", "bloc", "charity",
                 "organisation", "organization", "lender", "insurer", "broadcaster", "manufacturer", "supermarket",
                 "business", "operator", "regulator", "agency", "alliance", "ministry", "department", "council",
                 "commission", "committee", "trust", "party", "board", "authority", "foundation", "institute",
                 "university", "club" -> {
                // "the ministry said": the organisation the article last named with that word in its name, else
                // (for "the company") the organisation last named
                Token opener = i > 0 ? tok(i - 1) : null;
                ExtractedActor named = opener != null && (opener.is("the") || opener.is("a")) && !possessive(t)
                        ? organisationNamed(t.lower) : null;
                ExtractedActor last = named != null ? named
                        : opener != null && opener.is("the") && !possessive(t) && GENERIC_ORGANISATION_NOUNS.contains(t.lower)
                        ? lastOrganisation : null;
                Token next = tok(i + 1);
                if (last != null && next != null && SPOKESPERSON_WORDS.contains(next.lower)) {
                    // "a council spokeswoman": speaks for the council
                    Mention m = new Mention(i - 1, i + 2, Mention.Type.SPOKESPERSON, index.text(i - 1, i + 2));
                    m.actors.add(last);
                    return m;
                }
                if (last != null && opener.is("the")) {
                    Mention m = new Mention(i - 1, i + 1, Mention.Type.ORGANISATION, index.text(i - 1, i + 1));
                    m.actors.add(last);
                    return m;
                }
            }
            default -> {
            }
        }
        if (!t.capitalised() && !mayOpenLowerCaseMention(t)) {
            return null;
        }
        Mention spokes = parseSourceAt(i);
        if (spokes != null) {
            return spokes;
        }
        Mention group = parseGroup(i);
        if (group != null) {
            return group;
        }
        int j = i;
        String det = null;
        if (t.is("the") || t.is("a") || t.is("an")) {
            det = t.lower;
            j++;
        }
        int titleStart = j;
        TitleScan scan = scanTitle(j, t.paragraph);
        if (scan.lastHead() < 0 && t.capitalised()) {
            // "Kerala Finance Minister Thomas Varghese", "Stourford boss Mick Danson": a place or club before the title
            int q = j;
            while (q < j + 3 && tok(q) != null && tok(q).capitalised() && !titleWord(tok(q)) && !possessive(tok(q))
                    && !tok(q).honorific() && !STOP.contains(tok(q).base) && tok(q).paragraph == t.paragraph) {
                q++;
            }
            if (q > j && tok(q) != null && titleWord(tok(q)) && (tok(q).capitalised() || TitleLexicon.isTitleHead(tok(q)))) {
                TitleScan placed = scanTitle(q, t.paragraph);
                Token afterTitle = placed.lastHead() >= 0 ? tok(placed.lastHead() + 1) : null;
                if (afterTitle != null && afterTitle.capitalised() && afterTitle.word && !possessive(tok(placed.lastHead()))) {
                    scan = placed;
                }
            }
        }
        int lastHead = scan.lastHead();
        String country = scan.country();
        boolean former = scan.former();
        int nameStart = lastHead >= 0 ? lastHead + 1 : titleStart;
        if (lastHead >= 0 && tok(lastHead).possessive()) {
            return null;
        }
        String honorific = null;
        Token h = tok(nameStart);
        // "Professor Sir Stephen Powis": honorifics may stack; the last one belongs to the name's short forms
        int honorificStart = nameStart;
        while (h != null && h.capitalised() && h.honorific()) {
            // "Mr. Whitcomb", "Sen. Ochoa": the abbreviation's full stop belongs to it
            int next = tok(nameStart + 1) != null && tok(nameStart + 1).is(".") ? nameStart + 2 : nameStart + 1;
            if (tok(next) == null || !tok(next).capitalised() || !tok(next).word || tok(next).paragraph != h.paragraph) {
                break;
            }
            honorific = h.text;
            nameStart = next;
            h = tok(nameStart);
        }
        int nameEnd = nameStart;
        boolean bridged = false;
        while (nameEnd < index.tokens.size()) {
            Token n = tok(nameEnd);
            if (n.paragraph != t.paragraph || !n.word) {
                break;
            }
            boolean cap = n.capitalised() || (Character.isDigit(n.text.charAt(0)) && nameEnd > nameStart
                    && (tok(nameEnd - 1).is("number") || tok(nameEnd - 1).is("no")));
            boolean particle = PARTICLES.contains(n.text) && nameEnd > nameStart && tok(nameEnd + 1) != null
                    && (tok(nameEnd + 1).capitalised() || PARTICLES.contains(tok(nameEnd + 1).text));
            // "Office for National Statistics", "Department of Health and Social Care": "of" or "for" after an
            // organisation word, and then "and" between its capitalised words, stay inside the name
            boolean bridge = (n.is("of") || n.is("for")) && nameEnd > nameStart
                    && Gazetteer.ORGANISATION_WORDS.contains(tok(nameEnd - 1).text) && tok(nameEnd + 1) != null
                    && (tok(nameEnd + 1).capitalised() || (tok(nameEnd + 1).is("the") && tok(nameEnd + 2) != null
                    && tok(nameEnd + 2).capitalised()));
            boolean conjunction = n.is("and") && bridged && tok(nameEnd + 1) != null
                    && tok(nameEnd + 1).capitalised() && !tok(nameEnd + 1).honorific()
                    && !STOP.contains(tok(nameEnd + 1).base) && !tok(nameEnd + 1).has(WordClass.TITLE_HEAD);
            // "M. Ilangovan", "J. K. Rowling": an initial stays inside the name
            if (n.text.length() == 1 && n.capitalised() && tok(nameEnd + 1) != null && tok(nameEnd + 1).is(".")
                    && tok(nameEnd + 2) != null && tok(nameEnd + 2).word && tok(nameEnd + 2).capitalised()
                    && tok(nameEnd + 2).paragraph == n.paragraph) {
                nameEnd += 2;
                continue;
            }
            if (bridge || conjunction) {
                bridged |= bridge;
                nameEnd += tok(nameEnd + 1).is("the") ? 2 : 1;
                continue;
            }
            if (!(cap || particle)) {
                break;
            }
            // "Jailing him on Thursday, Sheriff X told ...": a participle opening the sentence, not a name
            if (nameEnd == nameStart && honorific == null && lastHead < 0 && n.lower.endsWith("ing")
                    && tok(nameEnd + 1) != null && PARTICIPLE_OBJECTS.contains(tok(nameEnd + 1).lower)) {
                break;
            }
            if (nameEnd == nameStart && honorific == null && lastHead < 0 && STOP.contains(n.base)
                    && !(FIRST_NAMES_IN_STOP.contains(n.base) && tok(nameEnd + 1) != null
                        && tok(nameEnd + 1).capitalised() && !STOP.contains(tok(nameEnd + 1).base))) {
                break;
            }
            nameEnd++;
            if (possessive(n) && !(nameEnd - 1 == nameStart && possessiveOrganisationName(nameEnd))) {
                break;
            }
        }
        if (nameEnd == nameStart) {
            if (lastHead < 0) {
                return null;
            }
            // a title alone: "the Prime Minister", "French president", "a former foreign secretary"
            int from = det != null ? i : titleStart;
            Mention m = new Mention(from, lastHead + 1, Mention.Type.TITLE, index.text(from, lastHead + 1));
            m.role = index.text(titleStart, lastHead + 1);
            m.country = country;
            m.former = former;
            // "a Kremlin spokesman", "a senior EU official", "a Ukrainian official": they speak for their side
            if (tok(lastHead).has(WordClass.SOURCE_WORD)) {
                ExtractedActor org = organisationIn(titleStart, lastHead);
                if (org == null && country != null && !tok(lastHead).lower.endsWith("s")) {
                    org = actorFor(country, ActorKind.COUNTRY, index.text(titleStart, lastHead));
                }
                if (org == null && tok(lastHead - 1) != null && tok(lastHead - 1).is("government")) {
                    org = government(); // "a government spokesperson"
                }
                if (org != null) {
                    Mention s = new Mention(from, lastHead + 1, Mention.Type.SPOKESPERSON, m.surface);
                    s.actors.add(org);
                    return s;
                }
            }
            return m;
        }
        String nameText = index.text(nameStart, nameEnd);
        String cleanName = base(nameText);
        int from = det != null && lastHead < 0 ? i
                : (lastHead >= 0 ? (det != null ? i : titleStart) : (honorific != null ? honorificStart : nameStart));
        // organisations and countries
        // "the North Sea works patiently at the clay": a place, not a speaker (nor "she")
        if (honorific == null && lastHead < 0 && nameEnd - nameStart >= 2
                && GEOGRAPHIC_FEATURES.contains(Token.withoutPossessive(tok(nameEnd - 1).text))) {
            return new Mention(from, nameEnd, Mention.Type.VAGUE, index.text(from, nameEnd));
        }
        String institution = Gazetteer.institution(cleanName);
        String ctry = Gazetteer.countryOfWord(cleanName);
        if (ctry == null && lastHead < 0) {
            ctry = Gazetteer.countryOfCapital(cleanName);
        }
        boolean orgWord = false;
        for (int n = nameStart; n < nameEnd; n++) {
            if (Gazetteer.ORGANISATION_WORDS.contains(tok(n).base)) {
                orgWord = true;
            }
        }
        // "a Quillon spokesperson": whoever has a spokesperson is an organisation
        boolean hasSpokesperson = honorific == null && lastHead < 0 && tok(nameEnd) != null
                && SPOKESPERSON_WORDS.contains(tok(nameEnd).lower) && !possessive(tok(nameEnd - 1));
        if (institution != null || ctry != null || ((orgWord || hasSpokesperson) && honorific == null)) {
            Mention.Type type = institution != null ? Mention.Type.ORGANISATION
                    : ctry != null ? Mention.Type.COUNTRY : Mention.Type.ORGANISATION;
            String canonical = institution != null ? institution : ctry != null ? ctry
                    : Gazetteer.organisationName(stripThe(cleanName));
            ActorKind kind = institution != null ? Gazetteer.institutionKind(institution)
                    : ctry != null ? ActorKind.COUNTRY : ActorKind.ORGANIZATION;
            ExtractedActor a = actorFor(canonical, kind, nameText);
            int to = nameEnd;
            Token after = tok(nameEnd);
            if (after != null && after.has(WordClass.SOURCE_WORD) && !possessive(tok(nameEnd - 1))) {
                Mention s = new Mention(from, nameEnd + 1, Mention.Type.SPOKESPERSON, index.text(from, nameEnd + 1));
                s.actors.add(a);
                if (a.kind != ActorKind.COUNTRY) {
                    lastSpokesOrganisation = a;
                }
                return s;
            }
            if (canonical.startsWith("Ministry") || canonical.startsWith("Department")) {
                lastDepartment = a;
            }
            Mention m = new Mention(from, to, type, index.text(from, to));
            m.actors.add(a);
            return m;
        }
        // "Northgate" after "Northgate Steel": the organisation's short name
        if (nameEnd - nameStart == 1 && honorific == null && lastHead < 0 && !possessive(tok(nameStart))) {
            String longer = longerNameOf(cleanName);
            if (!longer.equals(cleanName)) {
                Mention org = new Mention(from, nameEnd, Mention.Type.ORGANISATION, index.text(from, nameEnd));
                org.actors.add(actorFor(longer, ActorKind.ORGANIZATION, nameText));
                return org;
            }
        }
        Mention m = new Mention(from, nameEnd, Mention.Type.NAME, index.text(from, nameEnd));
        if (lastHead >= 0) {
            m.role = index.text(titleStart, lastHead + 1);
            m.country = country;
            m.former = former;
        }
        if (honorific != null) {
            m.gender = TitleLexicon.genderOf(honorific);
        }
        nameParts.put(m, new String[]{honorific, cleanName});
        return m;
    }

    private record TitleScan(int lastHead, String country, boolean former) {
    }

    /** The office title starting at {@code from}: where its last head word is (-1 if none), its country. */
    private TitleScan scanTitle(int from, int paragraph) {
        int k = from;
        int lastHead = -1;
        String country = null;
        boolean former = false;
        while (k < index.tokens.size() && (titleWord(tok(k)) || portfolio(k)) && tok(k).paragraph == paragraph) {
            Token tk = tok(k);
            String c = tk.country();
            if (c != null && tk.capitalised()) {
                country = c;
            }
            if (tk.is("former")) {
                former = true;
            }
            if (TitleLexicon.isTitleHead(tk) || (tk.is("executive") && k > from && tok(k - 1).is("chief"))) {
                lastHead = k;
            }
            if (possessive(tk)) {
                if (c == null) {
                    break;
                }
                k++;
                continue;
            }
            // "President of the European Commission"
            if (tk.has(WordClass.TITLE_HEAD) && tok(k + 1) != null && tok(k + 1).is("of")) {
                int m = k + 2;
                if (tok(m) != null && tok(m).is("the")) {
                    m++;
                }
                int orgEnd = -1;
                while (tok(m) != null && tok(m).capitalised()) {
                    if (Gazetteer.ORGANISATION_WORDS.contains(tok(m).text) || Gazetteer.countryOfWord(tok(m).text) != null) {
                        orgEnd = m;
                    }
                    m++;
                }
                if (orgEnd > 0) {
                    lastHead = orgEnd;
                    k = orgEnd + 1;
                    break;
                }
            }
            k++;
        }
        return new TitleScan(lastHead, country, former);
    }

    private final Map<Mention, String[]> nameParts = new HashMap<>();

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    /** "a source at the department", "insiders at the Ministry of Defence", "a spokesperson for the Treasury". */
    private Mention parseSourceAt(int i) {
        int j = i;
        Token t = tok(j);
        if (t.is("a") || t.is("an") || t.is("the")) {
            j++;
        }
        while (tok(j) != null && (tok(j).is("senior") || tok(j).is("government") || tok(j).is("official")
                && tok(j + 1) != null && tok(j + 1).has(WordClass.SOURCE_WORD))) {
            j++;
        }
        Token w = tok(j);
        if (w == null || !w.has(WordClass.SOURCE_WORD)) {
            return null;
        }
        int p = j + 1;
        if (tok(p) != null && tok(p).is("close") && tok(p + 1) != null && tok(p + 1).is("to")) {
            p += 2;
        } else if (tok(p) == null || !(tok(p).is("at") || tok(p).is("for") || tok(p).is("from") || tok(p).is("in")
                || tok(p).is("within"))) {
            if (t.is("the") && SPOKESPERSON_WORDS.contains(w.lower)
                    && lastSpokesOrganisation != null) {
                Mention m = new Mention(i, j + 1, Mention.Type.SPOKESPERSON, index.text(i, j + 1));
                m.actors.add(lastSpokesOrganisation);
                return m;
            }
            return null;
        } else {
            p++;
        }
        int q = p;
        if (tok(q) != null && tok(q).is("the")) {
            q++;
        }
        Token head = tok(q);
        if (head == null) {
            return null;
        }
        if ((head.is("department") || head.is("ministry")) && lastDepartment != null) {
            Mention m = new Mention(i, q + 1, Mention.Type.SPOKESPERSON, index.text(i, q + 1));
            m.actors.add(lastDepartment);
            return m;
        }
        Mention org = parse(p);
        if (org != null && (org.type == Mention.Type.ORGANISATION || org.type == Mention.Type.COUNTRY)
                && org.actor() != null) {
            Mention m = new Mention(i, org.to, Mention.Type.SPOKESPERSON, index.text(i, org.to));
            m.actors.add(org.actor());
            lastSpokesOrganisation = org.actor();
            return m;
        }
        return null;
    }

    /** "some European capitals", "Western leaders", "European allies", "Tory MPs". */
    private Mention parseGroup(int i) {
        int j = i;
        if (tok(j).has(WordClass.QUANTIFIER)) {
            j++;
        }
        int adjStart = j;
        while (tok(j) != null && tok(j).capitalised() && !possessive(tok(j))
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
            Mention m = new Mention(i, j + 1, Mention.Type.SPOKESPERSON, surface);
            m.actors.add(actorFor(institution, Gazetteer.institutionKind(institution), surface));
            return m;
        }
        String name = adjectives + " " + noun.lower;
        Mention m = new Mention(i, j + 1, Mention.Type.GROUP, surface);
        m.plural = true;
        m.actors.add(actorFor(name, ActorKind.GROUP, surface));
        return m;
    }

    private ExtractedActor organisationIn(int from, int to) {
        for (int k = from; k < to; k++) {
            Mention m = at(k);
            if (m != null && m.actor() != null) {
                return m.actor();
            }
            String inst = Gazetteer.institution(tok(k).base);
            if (inst == null && k + 1 < to) {
                inst = Gazetteer.institution(tok(k).text + " " + tok(k + 1).base);
            }
            if (inst != null) {
                ExtractedActor a = actorFor(inst, Gazetteer.institutionKind(inst), index.text(k, to));
                lastSpokesOrganisation = a;
                return a;
            }
        }
        return null;
    }

    ExtractedActor actorFor(String canonical, ActorKind kind, String alias) {
        Optional<KnownActor> known = registry.byAlias(canonical);
        String name = known.map(KnownActor::name).orElse(canonical);
        if (known.isEmpty() && kind == ActorKind.ORGANIZATION && !actors.containsKey(name)) {
            name = longerNameOf(name);
        }
        ExtractedActor a = actors.computeIfAbsent(name, n -> new ExtractedActor(n, known.map(KnownActor::kind).orElse(kind)));
        a.aliases.add(alias);
        if (a.kind == ActorKind.ORGANIZATION) {
            lastOrganisation = a;
        }
        return a;
    }

    private final List<Mention> deferredDescriptors = new ArrayList<>();

    /** The actor of the last mention before token {@code before} that passes the test, or null. */
    private ExtractedActor lastMentioned(int before, java.util.function.Predicate<Mention> test) {
        for (int k = mentions.size() - 1; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (m.from < before && m.actor() != null && test.test(m)) {
                return m.actor();
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern AGE_DESCRIPTOR = java.util.regex.Pattern.compile("\\d{1,3}-year-old");

    /** The organisation last named whose name has this word ("ministry" -> "Ministry of Finance"), or null. */
    private ExtractedActor organisationNamed(String word) {
        return lastMentioned(Integer.MAX_VALUE, m -> m.actor().kind == ActorKind.ORGANIZATION
                && (" " + m.actor().name.toLowerCase(Locale.ROOT) + " ").contains(" " + word + " "));
    }

    /** "Northgate" after "Northgate Steel": the short form of an organisation the article already named. */
    private String longerNameOf(String name) {
        String found = name;
        for (ExtractedActor a : actors.values()) {
            if (a.kind == ActorKind.ORGANIZATION && a.name.startsWith(name + " ")) {
                if (!found.equals(name)) {
                    return name; // two candidates: keep the name as written
                }
                found = a.name;
            }
        }
        return found;
    }

    ExtractedActor government() {
        return actorFor(homeGovernment, ActorKind.GOVERNMENT, homeGovernment);
    }

    // ---------------------------------------------------------------- people

    private final List<ExtractedActor> people = new ArrayList<>();

    private void learnPeople() {
        // full names first, so that "Mr X" and "Sir Keir" can attach to them
        for (Mention m : mentions) {
            String[] parts = nameParts.get(m);
            if (parts == null) {
                continue;
            }
            String[] words = parts[1].split(" ");
            if (words.length >= 2) {
                ExtractedActor person = personByFullName(words);
                if (person == null) {
                    String canonical = parts[1];
                    Optional<KnownActor> known = registry.byAlias(canonical);
                    person = new ExtractedActor(known.map(KnownActor::name).orElse(canonical), ActorKind.PERSON);
                    person.firstName = words[0];
                    person.surname = surnameOf(words);
                    people.add(person);
                    actors.put(person.name, person);
                }
                m.actors.add(person);
            }
        }
        for (Mention m : mentions) {
            String[] parts = nameParts.get(m);
            if (parts == null || !m.actors.isEmpty()) {
                continue;
            }
            String word = parts[1];
            ExtractedActor person = null;
            if (parts[0] != null && FIRST_NAME_HONORIFICS.contains(parts[0])) {
                person = findPerson(p -> word.equals(p.firstName));
            }
            if (person == null) {
                person = findPerson(p -> word.equals(p.surname));
            }
            if (person == null) {
                Optional<KnownActor> known = registry.byAlias(m.surface);
                if (known.isEmpty()) {
                    known = registry.byAlias(word);
                }
                if (known.isPresent()) {
                    person = actorFor(known.get().name(), known.get().kind(), m.surface);
                } else if (parts[0] != null || m.role != null) {
                    // "Mr Dupont" with no full name in the article still names a person
                    person = new ExtractedActor(word, ActorKind.PERSON);
                    person.surname = word;
                    people.add(person);
                    actors.put(person.name, person);
                }
            }
            if (person != null) {
                m.actors.add(person);
            }
        }
        for (Mention m : mentions) {
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
    }

    private interface PersonTest {
        boolean test(ExtractedActor a);
    }

    private ExtractedActor findPerson(PersonTest test) {
        for (ExtractedActor p : people) {
            if (test.test(p)) {
                return p;
            }
        }
        return null;
    }

    private ExtractedActor personByFullName(String[] words) {
        String surname = surnameOf(words);
        for (ExtractedActor p : people) {
            if (surname.equals(p.surname) && words[0].equals(p.firstName)) {
                return p;
            }
        }
        return null;
    }

    private static String surnameOf(String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (PARTICLES.contains(words[k])) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
            }
        }
        return words[words.length - 1];
    }

    private void learnTitle(ExtractedActor a, String role, String country, boolean former) {
        String norm = TitleLexicon.normaliseTitle(role);
        if (norm.isEmpty()) {
            return;
        }
        for (String[] t : a.titles) {
            if (t[0].equals(norm) && java.util.Objects.equals(t[1], country)) {
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
        a.tenures.add(new TitleTenure(a.name, role, day, day));
    }

    /** "the Defence Secretary, John Healey" and "James Cleverly, a former foreign secretary". */
    private void learnAppositions() {
        for (int k = 0; k + 1 < mentions.size(); k++) {
            Mention a = mentions.get(k);
            Mention b = mentions.get(k + 1);
            // "Marit Lund, the EU’s commissioner for trade": the owner of the office sits between name and title
            Mention owner = b;
            if (a.type == Mention.Type.NAME && (owner.type == Mention.Type.ORGANISATION || owner.type == Mention.Type.COUNTRY
                    || owner.type == Mention.Type.NAME) && possessive(tok(owner.to - 1))
                    && k + 2 < mentions.size() && mentions.get(k + 2).type == Mention.Type.TITLE
                    && mentions.get(k + 2).from == owner.to) {
                b = mentions.get(k + 2);
                if (owner.from != a.to + 1 || !tok(a.to).is(",")) {
                    continue;
                }
                if (a.actor() != null) {
                    learnTitle(a.actor(), b.role, b.country, b.former);
                    b.actors.add(a.actor());
                }
                continue;
            }
            if (b.from != a.to + 1 || !tok(a.to).is(",")) {
                continue;
            }
            if (a.type == Mention.Type.TITLE && b.type == Mention.Type.NAME && b.actor() != null) {
                learnTitle(b.actor(), a.role, a.country, a.former);
                a.actors.add(b.actor());
            } else if (a.type == Mention.Type.NAME && a.actor() != null && b.type == Mention.Type.TITLE
                    && (tok(b.from).is("a") || tok(b.from).is("an") || tok(b.from).is("the"))) {
                learnTitle(a.actor(), b.role, b.country, b.former);
                b.actors.add(a.actor());
            }
        }
    }

    // ---------------------------------------------------------------- titles

    /** "police", "prosecutors": resolved to the force or office the article names, else kept as a group. */
    private final List<Mention> deferredForces = new ArrayList<>();

    private void resolve() {
        for (Mention m : deferredDescriptors) {
            ExtractedActor person = lastMentioned(m.from, named -> named.type == Mention.Type.NAME
                    && named.actor().kind == ActorKind.PERSON);
            if (person != null) {
                m.actors.add(person);
            }
        }
        for (Mention m : deferredForces) {
            String word = m.surface.toLowerCase(Locale.ROOT);
            String head = word.equals("police") ? "Police" : word.equals("prosecutors") ? "Prosecut" : "Investigat";
            ExtractedActor named = null;
            for (ExtractedActor a : actors.values()) {
                if (a.kind == ActorKind.ORGANIZATION && a.name.contains(head)) {
                    named = a;
                    break;
                }
            }
            m.actors.add(named != null ? named
                    : actorFor(Character.toUpperCase(word.charAt(0)) + word.substring(1), ActorKind.GROUP, m.surface));
        }
        for (Mention m : mentions) {
            if (m.type == Mention.Type.TITLE && m.actors.isEmpty() && !tok(m.from).inQuote()) {
                ExtractedActor a = resolveTitle(m);
                if (a != null) {
                    m.actors.add(a);
                    a.aliases.add(m.surface);
                }
            } else if (m.type == Mention.Type.GOVERNMENT) {
                m.actors.add(government());
            }
        }
    }

    private ExtractedActor resolveTitle(Mention m) {
        String wanted = TitleLexicon.normaliseTitle(m.role);
        if (wanted.isEmpty() || UNRESOLVED_TITLES.contains(wanted)) {
            return null;
        }
        String key = wanted + "|" + m.country;
        ExtractedActor assigned = assignedTitles.get(key);
        if (assigned != null) {
            return assigned;
        }
        // 1. offices the article itself establishes
        ExtractedActor best = null;
        ExtractedActor weak = null;
        int weakCount = 0;
        for (ExtractedActor p : people) {
            for (String[] t : p.titles) {
                if (!TitleLexicon.titlesMatch(wanted, t[0])) {
                    continue;
                }
                if (m.country == null || m.country.equals(t[1])) {
                    if (best == null || t[1] != null) {
                        best = p;
                    }
                } else if (t[1] == null && conflictFree(p, m.country)
                        && (weak == null || p.mentions > weak.mentions)) {
                    weak = p;
                    weakCount++;
                }
            }
        }
        if (best == null && weakCount >= 1) {
            best = weak;
        }
        // "the minister" when the article names one minister of any portfolio ("Health Minister Priya Sharma")
        if (best == null && (wanted.equals("minister") || wanted.equals("secretary"))) {
            best = onlyHolderOfKind(wanted);
            if (best == null) {
                best = latestHolderOfKind(wanted, m.from); // several ministers: the one named last before
            }
        }
        // 2. the register of known actors
        if (best == null) {
            List<KnownActor> holders = registry.holdersOf(m.role, day);
            if (holders.isEmpty() && m.country != null) {
                holders = registry.holdersOf(m.role, day);
            }
            if (!holders.isEmpty()) {
                KnownActor k = holders.get(0);
                best = actors.get(k.name());
                if (best == null) {
                    best = new ExtractedActor(k.name(), k.kind());
                    String[] words = k.name().split(" ");
                    best.firstName = words[0];
                    best.surname = surnameOf(words);
                    people.add(best);
                    actors.put(best.name, best);
                }
            }
        }
        // 3. the most prominent person the article leaves without an office, near the mention
        if (best == null && !m.former) {
            best = mostProminentUntitled(m);
        }
        if (best != null) {
            assignedTitles.put(key, best);
            if (best.assignedTitle == null) {
                best.assignedTitle = wanted;
            }
            if (m.country != null) {
                learnTitle(best, m.role, m.country, false);
            }
        }
        return best;
    }

    private ExtractedActor latestHolderOfKind(String head, int before) {
        return lastMentioned(before, named -> named.type == Mention.Type.NAME && holdsOfficeOfKind(named.actor(), head));
    }

    private ExtractedActor onlyHolderOfKind(String head) {
        ExtractedActor only = null;
        for (ExtractedActor p : people) {
            if (holdsOfficeOfKind(p, head)) {
                if (only != null) {
                    return null;
                }
                only = p;
            }
        }
        return only;
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

    private boolean conflictFree(ExtractedActor p, String country) {
        for (String[] t : p.titles) {
            if (country != null && t[1] != null && !country.equals(t[1])) {
                return false;
            }
        }
        return true;
    }

    private ExtractedActor mostProminentUntitled(Mention m) {
        int sentence = tok(m.from).sentence;
        ExtractedActor best = null;
        int bestScore = 0;
        for (ExtractedActor p : people) {
            if (p.hasTitle() || !conflictFree(p, m.country)) {
                continue;
            }
            boolean sameSentence = false;
            int score = p.mentions * 2;
            for (Mention other : mentions) {
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
            if (sameSentence) {
                continue;
            }
            if (score > bestScore) {
                best = p;
                bestScore = score;
            }
        }
        return best;
    }

    List<ActorMention> summary() {
        List<ActorMention> out = new ArrayList<>();
        for (ExtractedActor a : actors.values()) {
            out.add(new ActorMention(a.name, a.kind, List.copyOf(a.aliases), List.copyOf(a.tenures)));
        }
        return out;
    }

    /** The role as written for an actor, if the article gives one. */
    String roleOf(ExtractedActor a) {
        for (String[] t : a.titles) {
            if (!t[0].startsWith("former")) {
                return t[2];
            }
        }
        return a.titles.isEmpty() ? null : a.titles.get(0)[2];
    }
}
