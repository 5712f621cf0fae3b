package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Mentions built around a title or a name, after an optional determiner. A title alone ("the Prime Minister", "a
 * former foreign secretary") is resolved later ({@code title}), unless it is a source speaking for its side ("a
 * Kremlin spokesman", "a senior EU official"; {@code title-source}). A name is, in this order, a place that never
 * speaks ("the North Sea"; {@code place}), an institution, country or organisation ({@code organisation},
 * {@code country}; followed by a source word, a spokesperson of it: {@code organisation-spokesperson}), the short
 * name of an organisation named before ({@code short-name}), or a person ({@code name}, resolved by
 * {@link PeopleLearner}).
 */
final class NamedMentions extends ScannerRule {

    /** Words between an office and its spokesperson ("official"). */
    private static final Set<String> SPOKESPERSON_QUALIFIERS = WordLists.set("spokesperson-qualifiers");

    private static final Set<String> GEOGRAPHIC_FEATURES = WordLists.set("geographic-features");
    /** Industry nouns that name no organisation alone: "Power cuts", "Water bills". */
    static final Set<String> NOT_ALONE = WordLists.set("organisation-words-not-alone");
    /** "a Senate Republican aide": a party member's word ends a description, not an organisation's name. */
    private static final Set<String> PARTY_MEMBER_WORDS = WordLists.set("party-member-words");
    /** "Lumora, which sells ...": verbs that only a company takes in a relative clause after its name. */
    private static final Set<String> COMPANY_VERBS = WordLists.set("company-verbs");
    /** Words that follow a name without being its verb or a noun after it. */
    private static final Set<String> NOT_VERBS = WordLists.set("not-verbs-after-name");

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "of", "from", "near", "outside", "to",
            "across", "around", "into", "through", "for");

    private final TitleScanner titles;
    /** Words of names, by whether the article writes them only after prepositions. */
    private final Map<String, Boolean> placeWords = new HashMap<>();
    private final NameReader names;

    NamedMentions(MentionScanner scanner) {
        super(scanner);
        this.titles = new TitleScanner(scanner.index);
        this.names = new NameReader(scanner.index);
    }

    /** Where a mention's parts are: determiner, title, name (see {@link #at}). */
    private record Parts(int start, String det, int titleStart, TitleScanner.TitleScan title, NameReader.Name name) {
        boolean titled() {
            return title.lastHead() >= 0;
        }

        /** The first token of the mention: the determiner with a title or alone, else the title or the name. */
        int from() {
            if (det != null && !titled()) {
                return start;
            }
            if (titled()) {
                return det != null ? start : titleStart;
            }
            return name.honorific() != null ? name.honorificStart() : name.start();
        }
    }

    /** "DFL-Carver Falls", "R-Mont.": a party's letters and a place, a legislator's affiliation. */
    private static final java.util.regex.Pattern PARTY_AND_PLACE = java.util.regex.Pattern.compile("[A-Z]{1,4}-[A-Z].*");

    static boolean partyAndPlace(Token t) {
        return PARTY_AND_PLACE.matcher(t.text).matches();
    }

    @Override
    public Mention at(int i, Token t) {
        if (partyAndPlace(t)) {
            return NONE;
        }
        int j = i;
        String det = null;
        if (t.is("the") || t.is("a") || t.is("an")) {
            det = t.lower;
            j++;
        }
        TitleScanner.TitleScan title = titles.scan(j, t.paragraph);
        if (title.lastHead() < 0 && t.capitalised()) {
            TitleScanner.TitleScan placed = titles.placeBeforeTitle(j, t.paragraph);
            if (placed != null) {
                title = placed;
            }
        }
        int lastHead = title.lastHead();
        if (lastHead >= 0 && tok(lastHead).possessive()) {
            // "the Prime Minister's official spokesman" speaks for the office; "the President's plan" is nobody
            Mention office = officeSpokesperson(title, det != null ? i : j, j);
            return office != null ? office : officeOwnedOrganisation(title, det != null ? i : j, j);
        }
        NameReader.Name name = names.read(lastHead >= 0 ? lastHead + 1 : j, t.paragraph, lastHead >= 0);
        Parts parts = new Parts(i, det, j, title, name);
        if (name.isEmpty()) {
            return lastHead < 0 ? NONE : titleAlone(parts);
        }
        Mention m = place(parts);
        if (m == null) {
            m = placeOrRemit(parts, true);
        }
        if (m == null) {
            m = organisationOrCountry(parts);
        }
        if (m == null) {
            m = shortOrganisationName(parts);
        }
        if (m == null) {
            m = placeOrRemit(parts, false);
        }
        if (m == null) {
            m = nameAsModifier(parts);
        }
        if (m == null && lastHead < 0 && afterIndefiniteArticle(i)) {
            // "an Olathe Republican": a description, no person's name
            return NONE;
        }
        return m != null ? m : person(parts);
    }

    /** "the Prime Minister", "French president", "a former foreign secretary"; "a Kremlin spokesman" speaks for it. */
    private Mention titleAlone(Parts p) {
        int lastHead = p.title().lastHead();
        String country = p.title().country();
        int from = p.det() != null ? p.start() : p.titleStart();
        Mention m = scanner.mention(from, lastHead + 1, Mention.Type.TITLE, "title");
        m.role = index.text(p.titleStart(), lastHead + 1);
        m.country = country;
        m.former = p.title().former();
        // "a Kremlin spokesman", "a senior EU official", "a Ukrainian official": they speak for their side
        if (tok(lastHead).has(WordClass.SOURCE_WORD)) {
            ExtractedActor side = scanner.organisationIn(p.titleStart(), lastHead);
            if (side == null && country != null && !tok(lastHead).lower.endsWith("s")
                    && !Token.anyIn(index.tokens.subList(p.titleStart(), lastHead), WordClass.PARTY)) {
                side = scanner.actors.governmentOf(country, index.text(p.titleStart(), lastHead));
            }
            if (side == null && tok(lastHead - 1) != null && tok(lastHead - 1).is("government")) {
                side = scanner.actors.government(); // "a government spokesperson"
            }
            if (side != null) {
                return new Mention(from, lastHead + 1, Mention.Type.SPOKESPERSON, m.surface, "title-source").of(side);
            }
        }
        return m;
    }

    /**
     * "the Prime Minister's official spokesman": the office's institution speaks (Downing Street), in the home
     * country's news ({@code office-spokesperson}); null for any other title.
     */
    private Mention officeSpokesperson(TitleScanner.TitleScan title, int from, int titleStart) {
        int lastHead = title.lastHead();
        if (title.country() != null || title.former()) {
            return null;
        }
        int spokesperson = lastHead + 1;
        while (tok(spokesperson) != null && SPOKESPERSON_QUALIFIERS.contains(tok(spokesperson).lower)) {
            spokesperson++;
        }
        if (tok(spokesperson) == null || !tok(spokesperson).has(WordClass.SPOKESPERSON)
                || !scanner.actors.homeGoverns()) {
            return null;
        }
        String office = (lastHead > titleStart ? index.text(titleStart, lastHead) + " " : "")
                + Token.withoutPossessive(tok(lastHead).text);
        String institution = TitleLexicon.officeInstitution(office);
        if (institution == null) {
            return null;
        }
        String surface = index.text(from, spokesperson + 1);
        ExtractedActor speaker = scanner.actors.actorFor(institution, Gazetteer.institutionKind(institution), surface);
        scanner.lastSpokesOrganisation = speaker; // "the spokesman said" later is the same office
        return new Mention(from, spokesperson + 1, Mention.Type.SPOKESPERSON, surface, "office-spokesperson").of(speaker);
    }

    /** "the Chief Minister’s Office": an organisation named after the office it serves; else nobody. */
    private Mention officeOwnedOrganisation(TitleScanner.TitleScan title, int from, int titleStart) {
        Token after = tok(title.lastHead() + 1);
        if (title.country() != null || title.former() || after == null || !after.word || !after.capitalised()
                || after.possessive() || !NameReader.POSSESSIVE_NAME_ENDINGS.contains(after.text)
                || !Gazetteer.ORGANISATION_WORDS.contains(after.text)) {
            return NONE;
        }
        String name = index.text(titleStart, title.lastHead() + 2);
        ExtractedActor organisation = scanner.actors.actorFor(name, ActorKind.ORGANIZATION, index.text(from, title.lastHead() + 2));
        return scanner.mention(from, title.lastHead() + 2, Mention.Type.ORGANISATION, "organisation").of(organisation);
    }

    /** "the North Sea works patiently at the clay": a place, not a speaker (nor "she"). */
    private Mention place(Parts p) {
        NameReader.Name name = p.name();
        if (name.honorific() == null && !p.titled() && name.end() - name.start() >= 2
                && GEOGRAPHIC_FEATURES.contains(Token.withoutPossessive(tok(name.end() - 1).text))) {
            return scanner.mention(p.from(), name.end(), Mention.Type.VAGUE, "place");
        }
        return null;
    }

    /**
     * A name that is where someone is or what an office covers, not a person: "a nurse in Huron County", "the DAX
     * in Frankfurt" (after "in", when the article writes the name only after prepositions), "the Labour MP for
     * Darlington North", "the minister for Border Security" (after an office's "for"; a spokesperson's "for" names
     * whom they speak for). An office's remit is read before any organisation ("Secretary for Transport Tse
     * Wing-yan"), a place after ({@code remitOnly}).
     */
    private Mention placeOrRemit(Parts p, boolean remitOnly) {
        NameReader.Name name = p.name();
        if (name.honorific() != null || p.titled() || p.det() != null
                || MentionScanner.possessive(tok(name.end() - 1))) {
            return null;
        }
        Token before = tok(name.start() - 1);
        if (before == null || before.inQuote()) {
            return null;
        }
        boolean remit = false;
        Mention remitBefore = before.is("and") ? scanner.mentions.at(name.start() - 2) : null;
        // "the Minister for Women and Equalities Anneliese Dodds", "Minister of Finance and National Planning Mwansa
        // Chilufya-Banda": a remit, or an office ending in a portfolio's word, goes on after "and"
        if (remitBefore != null && (remitBefore.rule.equals("remit") || remitBefore.type == Mention.Type.TITLE
                && Portfolios.isPortfolioWord(tok(remitBefore.to - 1))) && remitBefore.to == name.start() - 1
                && Portfolios.nameAfter(index.tokens, name.start(), name.end()) < name.end()) {
            remit = true;
        } else if (before.is("for") || before.is("of") && Portfolios.isPortfolioWord(tok(name.start()))) {
            Mention office = scanner.mentions.at(name.start() - 2);
            // before an organisation only a government office's remit: "The chief executive for Energy Transfer" is none
            remit = office != null && office.type == Mention.Type.TITLE && office.to == name.start() - 1
                    && !tok(office.to - 1).has(WordClass.SOURCE_WORD) && (!remitOnly || Portfolios.governmentOffice(tok(office.to - 1)));
        }
        if (remit || !remitOnly && before.is("in") && onlyAfterPrepositions(tok(name.end() - 1).base)) {
            // "the Minister for Climate Change Nusrat Qureshi-Baloch": the remit ends where the holder's name begins
            int end = remit ? Portfolios.nameAfter(index.tokens, name.start(), name.end()) : name.end();
            return scanner.mention(name.start(), end, Mention.Type.VAGUE, remit ? "remit" : "place");
        }
        return null;
    }

    /**
     * Whether every time the article writes this word in a name, the name follows a preposition ("in Frankfurt",
     * "of Clinton"): a place. A person is the subject of something somewhere ("Starmer said").
     */
    private boolean onlyAfterPrepositions(String word) {
        return placeWords.computeIfAbsent(word, w -> {
            for (int k = 0; k < index.tokens.size(); k++) {
                Token t = index.tokens.get(k);
                if (!t.word || !t.base.equals(w)) {
                    continue;
                }
                int start = k;
                while (tok(start - 1) != null && tok(start - 1).word && tok(start - 1).capitalised()
                        && tok(start - 1).paragraph == t.paragraph && !MentionScanner.possessive(tok(start - 1))) {
                    start--;
                }
                Token before = tok(start - 1);
                if (before == null || !PLACE_PREPOSITIONS.contains(before.text)
                        || MentionScanner.possessive(t)) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * "A Houston Chronicle restaurant critic", "an Ohio farmer": after "a", a name is no person but what the noun
     * after it is about; the phrase up to that noun describes a source the article does not name
     * ({@code description:unnamed}).
     */
    private Mention nameAsModifier(Parts p) {
        NameReader.Name name = p.name();
        if (p.det() == null || p.det().equals("the") || p.titled() || name.honorific() != null
                || MentionScanner.possessive(tok(name.end() - 1))) {
            return null;
        }
        int end = name.end();
        while (end < name.end() + 3 && nounOfPhrase(tok(end), p.start())) {
            end++;
        }
        if (end == name.end()) {
            return null;
        }
        return scanner.mention(p.start(), end, Mention.Type.VAGUE, "description:" + BareNames.UNNAMED);
    }

    /** A lower-case word that can be a noun of the phrase: no function word, adverb, verb or auxiliary. */
    private boolean nounOfPhrase(Token t, int start) {
        return t != null && t.word && !t.capitalised() && !t.inQuote() && t.sentence == tok(start).sentence
                && !NOT_VERBS.contains(t.lower) && !t.has(WordClass.SKIPPABLE) && !t.has(WordClass.AUXILIARY)
                && t.lemma == null && !t.lower.endsWith("ed") && !t.lower.endsWith("ly");
    }

    /** An institution, a country (or its capital, untitled), or an organisation by its head words. */
    private Mention organisationOrCountry(Parts p) {
        NameReader.Name name = p.name();
        String nameText = index.text(name.start(), name.end());
        String cleanName = Token.withoutPossessive(nameText);
        String institution = Gazetteer.institution(cleanName);
        String country = Gazetteer.countryOfWord(cleanName);
        if (country == null && !p.titled()) {
            country = Gazetteer.countryOfCapital(cleanName);
        }
        boolean orgWord = false;
        for (int n = name.start(); n < name.end(); n++) {
            // "BBC Radio", "CNN International": a broadcaster's longer name is an organisation's (the bare name of a
            // wire service in a dateline is no speaker)
            if (Gazetteer.ORGANISATION_WORDS.contains(tok(n).base)
                    || ContextDetector.isMedia(tok(n).text) && name.end() - name.start() >= 2) {
                orgWord = true;
            }
        }
        if (institution == null && country == null && name.honorific() == null && !p.titled() && noOrganisation(p)) {
            // consumed as a description, so that neither it nor its last word is read as someone's name
            Token after = tok(name.end());
            int end = after != null && after.has(WordClass.SPOKESPERSON) ? name.end() + 1 : name.end();
            return scanner.mention(p.from(), end, Mention.Type.VAGUE, "description:" + BareNames.UNNAMED);
        }
        // "a Quillon spokesperson": whoever has a spokesperson is an organisation
        boolean hasSpokesperson = name.honorific() == null && !p.titled() && tok(name.end()) != null
                && tok(name.end()).has(WordClass.SPOKESPERSON)
                && !MentionScanner.possessive(tok(name.end() - 1));
        // "Lumora, which sells 9 million speakers a year": what a company does tells a company
        boolean trades = name.honorific() == null && !p.titled() && tok(name.end()) != null && tok(name.end()).is(",")
                && tok(name.end() + 1) != null && tok(name.end() + 1).is("which") && tok(name.end() + 2) != null
                && COMPANY_VERBS.contains(tok(name.end() + 2).lower);
        if (institution == null && country == null && (!(orgWord || hasSpokesperson || trades) || name.honorific() != null)) {
            return null;
        }
        Mention.Type type = institution == null && country != null ? Mention.Type.COUNTRY : Mention.Type.ORGANISATION;
        Token owner = tok(p.from() - 1);
        ExtractedActor a = institution == null && country != null ? scanner.actors.actorFor(country, ActorKind.COUNTRY, nameText)
                : scanner.actors.organisation(stripThe(cleanName), institution,
                        owner != null && owner.possessive() ? owner.country() : null, nameText);
        Token after = tok(name.end());
        if (type == Mention.Type.COUNTRY && after != null && after.is("government")) {
            // "the French government" is France; "the Welsh government" is the Welsh Government
            return scanner.mention(p.from(), name.end() + 1, type, "country").of(scanner.actors.governmentOf(country, nameText));
        }
        if (after != null && after.has(WordClass.SOURCE_WORD) && !MentionScanner.possessive(tok(name.end() - 1))) {
            if (a.kind != ActorKind.COUNTRY) {
                scanner.lastSpokesOrganisation = a;
            }
            return scanner.mention(p.from(), name.end() + 1, Mention.Type.SPOKESPERSON, "organisation-spokesperson")
                    .of(a);
        }
        if (Gazetteer.ministry(a.name)) {
            scanner.lastDepartment = a;
        }
        String rule = type == Mention.Type.COUNTRY ? "country" : "organisation";
        return scanner.mention(p.from(), name.end(), type, rule).of(a);
    }

    /** "Power cuts" (an industry noun alone), "a Senate Republican aide" (a party member's word last). */
    private boolean noOrganisation(Parts p) {
        NameReader.Name name = p.name();
        return name.end() - name.start() == 1 && NOT_ALONE.contains(tok(name.start()).base)
                || name.end() - name.start() >= 2 && PARTY_MEMBER_WORDS.contains(tok(name.end() - 1).text);
    }

    private static String stripThe(String s) {
        return s.startsWith("the ") || s.startsWith("The ") ? s.substring(4) : s;
    }

    /** "Northgate" after "Northgate Steel": the organisation's short name. */
    private Mention shortOrganisationName(Parts p) {
        NameReader.Name name = p.name();
        if (name.end() - name.start() != 1 || name.honorific() != null || p.titled()
                || MentionScanner.possessive(tok(name.start()))) {
            return null;
        }
        String nameText = index.text(name.start(), name.end());
        String cleanName = Token.withoutPossessive(nameText);
        String longer = scanner.actors.longerNameOf(cleanName);
        if (longer.equals(cleanName)) {
            return null;
        }
        return scanner.mention(p.from(), name.end(), Mention.Type.ORGANISATION, "short-name")
                .of(scanner.actors.actorFor(longer, ActorKind.ORGANIZATION, nameText));
    }

    /** "a"/"an" at {@code i}, or before the capitalised words that lead up to it. */
    private boolean afterIndefiniteArticle(int i) {
        int k = i;
        while (tok(k) != null && tok(k).word && tok(k).capitalised() && !tok(k).is("a") && !tok(k).is("an")
                && tok(k).sentence == tok(i).sentence) {
            k--;
        }
        return tok(k) != null && (tok(k).is("a") || tok(k).is("an")) && tok(k).sentence == tok(i).sentence;
    }

    /** A person's name, with the title before it; resolved with the article's other names by PeopleLearner. */
    private Mention person(Parts p) {
        NameReader.Name name = p.name();
        Mention m = scanner.mention(p.from(), name.end(), Mention.Type.NAME, "name");
        if (p.titled()) {
            m.role = index.text(p.titleStart(), p.title().lastHead() + 1);
            m.country = p.title().country();
            m.former = p.title().former();
        }
        if (name.honorific() != null) {
            m.gender = TitleLexicon.genderOf(name.honorific());
        }
        int start = name.start();
        Token after = tok(start + 1);
        if (name.honorific() == null && name.end() - start >= 3 && tok(start).nationality() && !after.titleWord()
                && !Gazetteer.ORGANISATION_WORDS.contains(after.text)) {
            start++; // "top-seeded American Jordan Whitlock", not "the Nigerian Foreign Exchange Market"
        }
        scanner.nameParts.put(m, new String[]{name.honorific(), Token.withoutPossessive(index.text(start, name.end()))});
        return m;
    }

}
