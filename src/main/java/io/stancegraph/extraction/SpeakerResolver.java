package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds who speaks for a reporting cue: the noun phrase before the verb (skipping auxiliaries, adverbs and asides
 * between commas or dashes), after it in inverted order ("said Mr X"), coordinated speakers, relative "who",
 * pronouns resolved to the most recent compatible speaker or subject, and group sources narrowed to the members
 * the article names.
 */
final class SpeakerResolver {

    /** "Mr Trump's remarks": the possessor is the speaker. */
    private static final Set<String> REMARK_NOUNS = WordLists.set("remark-nouns");
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private final ArticleIndex index;
    private final MentionIndex mentions;
    /** Statements found so far, for pronouns and continuations. */
    final List<Candidate> history = new ArrayList<>();

    SpeakerResolver(ArticleIndex index, MentionIndex mentions) {
        this.index = index;
        this.mentions = mentions;
    }

    private Token tok(int i) {
        return index.token(i);
    }

    /** The mention (with coordination) ending right before position {@code pos}, skipping adverbs and asides. */
    List<ExtractedActor> speakerBefore(int cue, int sentenceStart, int[] speakerFromOut) {
        int k = cue - 1;
        if (tok(k) != null && tok(k).isQuoteMark() && !tok(k).inQuote()) {
            k--; // 'had "repeated that ...': the cue opens a quoted fragment
        }
        while (k >= sentenceStart) {
            Token t = tok(k);
            if (t.word && (t.has(WordClass.SKIPPABLE) || (t.lower.endsWith("ly") && !t.capitalised()
                    && t.lower.length() > 4 && mentions.at(k) == null))) {
                k--;
                continue;
            }
            if ((t.is(",") || t.is("–") || t.is("—") || t.is(")")) && !t.inQuote()) {
                List<ExtractedActor> apposed = appositionName(k, sentenceStart, cue, speakerFromOut);
                if (!apposed.isEmpty()) {
                    return apposed;
                }
                int opener = asideOpener(k, sentenceStart);
                // "X, a partner at Y Capital, which has not invested, said": "which" is about Y, inside X's aside
                // (and "Dr X, a nephrologist at a hospital in Leeds, who was not involved, said": "who" is about X)
                Mention inner = opener > sentenceStart ? mentions.at(opener - 1) : null;
                if (inner != null && (tok(opener + 1).is("which") && inner.type != Mention.Type.NAME
                        || tok(opener + 1).is("who") && inner.type == Mention.Type.NAME && !fullName(inner))) {
                    int outer = asideOpener(opener, sentenceStart);
                    if (outer > sentenceStart && mentions.at(outer - 1) != null
                            && mentions.at(outer - 1).type == Mention.Type.NAME) {
                        opener = outer;
                    }
                }
                // "Tom Hardy, 47, who has swum in the Wye since childhood, said": an age before the aside
                int before = opener - 1;
                if (opener > sentenceStart + 2 && isAge(before) && tok(before - 1).is(",")) {
                    before -= 2;
                }
                if (opener > sentenceStart && mentions.at(before) != null) {
                    List<ExtractedActor> named = namedMembers(opener, k);
                    k = before;
                    Mention group = mentions.at(k);
                    if (!named.isEmpty() && group != null && group.type == Mention.Type.GROUP) {
                        speakerFromOut[0] = group.from;
                        return named;
                    }
                    continue;
                }
            }
            break;
        }
        if (k < sentenceStart) {
            return List.of();
        }
        Mention m = mentions.at(k);
        if (m == null || m.to != k + 1 || tok(k).inQuote()) {
            return List.of();
        }
        // "Representative Carl Brandt of Texas wrote", "Leila Haddad of Amnesty International said"
        Mention person = m.from - 2 >= sentenceStart && tok(m.from - 1).is("of") ? mentions.at(m.from - 2) : null;
        if (person != null && person.type == Mention.Type.NAME && person.to == m.from - 1 && fullName(person)) {
            m = person;
        }
        if (possessiveDeterminer(m.from - 1)) {
            // "he and his Cabinet": the possessed group is not a separate speaker
            Token and = tok(m.from - 2);
            if (and != null && and.is("and") && m.from - 3 >= sentenceStart) {
                Mention partner = mentions.at(m.from - 3);
                if (partner != null && partner.to == m.from - 2) {
                    speakerFromOut[0] = partner.from;
                    return resolve(partner, cue);
                }
            }
            return List.of();
        }
        List<ExtractedActor> result = new ArrayList<>(resolve(m, cue));
        int from = m.from;
        // coordination: "Sir Keir and Mr Macron", "he and his Cabinet"
        while (from - 2 >= sentenceStart && tok(from - 1).is("and")) {
            Mention prev = mentions.at(from - 2);
            if (prev == null || prev.to != from - 1) {
                // "he and his Cabinet": an unresolvable partner is dropped
                if (tok(from - 1).is("and") && tok(from - 2) != null) {
                    Mention before = findMentionEndingBefore(from - 1, sentenceStart, 3);
                    if (before != null && result.isEmpty()) {
                        result.addAll(resolve(before, cue));
                        from = before.from;
                    }
                }
                break;
            }
            List<ExtractedActor> more = resolve(prev, cue);
            for (ExtractedActor a : more) {
                if (!result.contains(a)) {
                    result.add(0, a);
                }
            }
            from = prev.from;
        }
        speakerFromOut[0] = from;
        return result;
    }

    /**
     * "The Business Secretary, Rachel Okafor, told", "Its migration minister, Nikos Pappas, said": a person's full
     * name set off by commas after the description it names is the speaker; with "X, Name, and Y, Name, said" both.
     */
    private List<ExtractedActor> appositionName(int closer, int sentenceStart, int cue, int[] speakerFromOut) {
        Mention name = mentions.at(closer - 1);
        if (!tok(closer).is(",") || name == null || name.type != Mention.Type.NAME || name.to != closer
                || name.from - 1 <= sentenceStart || !fullName(name)) {
            return List.of();
        }
        // "one neighbour, the retired trawlerman Malcolm Fenwick, puts it": a description may precede the name
        int opening = name.from - 1;
        if (!tok(opening).is(",")) {
            int k = opening;
            while (k > sentenceStart && name.from - k < 6 && tok(k).word && !tok(k).capitalised() && !tok(k).inQuote()
                    && tok(k).lemma == null && !tok(k).is("the") && !tok(k).is("a") && !tok(k).is("an")) {
                k--;
            }
            if (k <= sentenceStart || k == opening || !(tok(k).is("the") || tok(k).is("a") || tok(k).is("an"))
                    || !tok(k - 1).is(",")) {
                return List.of();
            }
            opening = k - 1;
        }
        // the description before the opening comma: a few words, none of them a verb or a quotation
        int description = opening - 1;
        int start = description;
        while (start > sentenceStart && description - start < 6 && !tok(start - 1).is(",")
                && !tok(start - 1).is("and") && !tok(start - 1).inQuote() && tok(start - 1).lemma == null) {
            start--;
        }
        Token head = tok(description);
        if (head == null || !head.word || head.inQuote() || head.lemma != null) {
            return List.of();
        }
        List<ExtractedActor> result = new ArrayList<>(resolve(name, cue));
        speakerFromOut[0] = start;
        // "Turkey’s foreign minister, Selim Aydin, and the EU’s foreign policy chief, Kaja Lindqvist, said"
        if (start - 2 > sentenceStart && tok(start - 1).is("and") && tok(start - 2).is(",")) {
            int[] partnerFrom = {-1};
            List<ExtractedActor> partner = appositionName(start - 2, sentenceStart, cue, partnerFrom);
            if (!partner.isEmpty()) {
                for (ExtractedActor a : partner) {
                    if (!result.contains(a)) {
                        result.add(0, a);
                    }
                }
                speakerFromOut[0] = partnerFrom[0];
            }
        }
        return result;
    }

    /** Two or more capitalised words: a name that can stand in apposition ("Rachel Okafor", not "Okafor"). */
    private boolean fullName(Mention m) {
        int words = 0;
        for (int k = m.from; k < m.to; k++) {
            Token t = tok(k);
            if (t.word && t.capitalised() && !t.honorific()) {
                words++;
            }
        }
        return words >= 2;
    }

    private boolean possessiveDeterminer(int k) {
        Token t = tok(k);
        return t != null && (t.is("his") || t.is("her") || t.is("their") || t.is("its") || t.is("our"));
    }

    private Mention findMentionEndingBefore(int pos, int sentenceStart, int window) {
        for (int k = pos - 1; k >= Math.max(sentenceStart, pos - window); k--) {
            Mention m = mentions.at(k);
            if (m != null && m.to == k + 1) {
                return m;
            }
        }
        return null;
    }

    private int asideOpener(int closer, int sentenceStart) {
        Token c = tok(closer);
        String want = c.is(")") ? "(" : c.text;
        for (int k = closer - 1; k > sentenceStart; k--) {
            Token t = tok(k);
            if (t.text.equals(want) || (want.equals(",") && t.is(",")) ) {
                Token next = tok(k + 1);
                // asides start with who/which/a/an/the/along/including/whose or a title
                if (want.equals(",") && !(next.is("who") || next.is("which") || next.is("whose") || next.is("a")
                        || next.is("an") || next.is("the") || next.is("along") || next.is("including")
                        || next.is("together") || next.is("like") || next.is("as") || next.is("speaking")
                        || next.is("now") || next.is("for") || next.is("in") || next.is("however")
                        || next.is("one") || next.is("of")
                        || next.is("meanwhile") || next.is("though") || next.is("too") || next.is("by")
                        || next.is("at") || next.is("writing") || next.is("when") || next.is("while")
                        || isAge(k + 1) || next.titleWord())) {
                    return -1;
                }
                return k;
            }
        }
        return -1;
    }

    /** "Tom Hardy, 47, said": an age in apposition. */
    private boolean isAge(int k) {
        Token t = tok(k);
        Token next = tok(k + 1);
        return t != null && t.text.length() <= 3 && t.text.chars().allMatch(Character::isDigit) && next != null
                && next.is(",");
    }

    private List<ExtractedActor> namedMembers(int from, int to) {
        List<ExtractedActor> named = new ArrayList<>();
        if (!tok(from + 1).is("including")) {
            return named;
        }
        for (int k = from + 1; k < to; k++) {
            Mention m = mentions.at(k);
            if (m != null && m.type == Mention.Type.NAME && m.actor() != null && !named.contains(m.actor())) {
                named.add(m.actor());
            }
        }
        return named;
    }

    /** The mention starting right after position {@code pos} ("said Mr X", "told the BBC"). */
    Mention mentionAfter(int pos) {
        Mention m = mentions.at(pos);
        return m != null && m.from == pos ? m : null;
    }

    List<ExtractedActor> resolve(Mention m, int position) {
        switch (m.type) {
            case PRONOUN:
                return m.plural ? resolvePlural(position) : resolvePronoun(m, position);
            case RELATIVE:
                return resolveRelative(m.from);
            case VAGUE:
                return List.of();
            case NAME:
                if (m.actors.isEmpty()) {
                    String word = POSSESSIVE_END.matcher(m.surface).replaceAll("");
                    String country = Gazetteer.countryOfCapital(word);
                    if (country != null) {
                        return List.of(mentions.actorFor(country, ActorKind.COUNTRY, m.surface));
                    }
                    return List.of(mentions.actorFor(word, ActorKind.PERSON, m.surface));
                }
                return m.actors;
            default:
                return m.actors;
        }
    }

    private List<ExtractedActor> resolveRelative(int who) {
        int k = who - 1;
        if (tok(k) != null && tok(k).is(",")) {
            k--;
        }
        // skip a trailing apposition: "James Cleverly, a former foreign secretary, who"
        for (int tries = 0; tries < 2 && k >= 0; tries++) {
            Mention m = mentions.at(k);
            if (m != null && m.actor() != null && m.type != Mention.Type.TITLE) {
                return List.of(m.actor());
            }
            if (m != null && m.type == Mention.Type.TITLE) {
                k = m.from - 1;
                if (tok(k) != null && tok(k).is(",")) {
                    k--;
                }
                continue;
            }
            break;
        }
        Mention m = k >= 0 ? mentions.at(k) : null;
        return m != null ? m.actors : List.of();
    }

    private List<ExtractedActor> resolvePronoun(Mention pronoun, int position) {
        int sentence = tok(pronoun.from).sentence;
        Candidate lastStatement = null;
        for (int h = history.size() - 1; h >= 0; h--) {
            Candidate c = history.get(h);
            if (c.cueToken < pronoun.from && c.speakers.size() == 1 && c.speakers.get(0).kind == ActorKind.PERSON
                    && compatible(c.speakers.get(0), pronoun.gender)) {
                lastStatement = c;
                break;
            }
        }
        Mention fallback = null;
        for (int k = pronoun.from - 1; k >= 0; k--) {
            Token t = tok(k);
            if (sentence - t.sentence > 3) {
                break;
            }
            Mention m = mentions.at(k);
            if (m == null || t.inQuote() || m.to != k + 1) {
                continue;
            }
            if (lastStatement != null && lastStatement.speakerFrom > m.from) {
                break;
            }
            ExtractedActor a = m.actor();
            if (m.type == Mention.Type.RELATIVE) {
                List<ExtractedActor> r = resolveRelative(m.from);
                a = r.isEmpty() ? null : r.get(0);
            }
            if (a == null || a.kind != ActorKind.PERSON || !compatible(a, pronoun.gender)) {
                continue;
            }
            if (subjectMarked(m)) {
                if (a.gender == 0 && pronoun.gender != 0 && m.type == Mention.Type.NAME) {
                    a.gender = pronoun.gender; // "Jean Pollard has lived here ... she recalls": Jean is "she" from now on
                }
                return List.of(a);
            }
            if (fallback == null) {
                fallback = m;
            }
        }
        if (lastStatement != null) {
            return List.of(lastStatement.speakers.get(0));
        }
        return fallback != null ? List.of(fallback.actor()) : List.of();
    }

    private List<ExtractedActor> resolvePlural(int position) {
        for (int h = history.size() - 1; h >= 0; h--) {
            Candidate c = history.get(h);
            if (c.speakers.size() > 1 && c.cueToken < position) {
                return c.speakers;
            }
        }
        for (int k = position - 1; k >= 0; k--) {
            Mention m = mentions.at(k);
            if (m != null && m.type == Mention.Type.GROUP && !tok(k).inQuote()) {
                return m.actors;
            }
        }
        return List.of();
    }

    private static boolean compatible(ExtractedActor a, char gender) {
        return gender == 0 || a.gender == 0 || a.gender == gender;
    }

    /** Whether the mention is followed by a verb, i.e. is the subject of its clause. */
    boolean subjectMarked(Mention m) {
        int k = m.to;
        // "Rep. Dana Whitcomb (D-Calif.) pressed": past a parenthesis
        if (tok(k) != null && tok(k).is("(")) {
            for (int j = k + 1; j < k + 10 && tok(j) != null && tok(j).sentence == tok(k).sentence; j++) {
                if (tok(j).is(")")) {
                    k = j + 1;
                    break;
                }
            }
        }
        // "Voss, the committee’s chairwoman, was unconvinced": past an apposition to the verb
        if (m.type == Mention.Type.NAME && tok(k) != null && tok(k).is(",") && tok(k + 1) != null
                && (tok(k + 1).is("the") || tok(k + 1).is("a") || tok(k + 1).is("an") || tok(k + 1).titleWord())) {
            for (int j = k + 2; j < k + 16 && tok(j) != null && tok(j).sentence == tok(k).sentence; j++) {
                if (tok(j).inQuote() || tok(j).isQuoteMark()) {
                    break;
                }
                if (tok(j).is(",")) {
                    k = j + 1;
                    break;
                }
            }
        }
        while (tok(k) != null && (tok(k).has(WordClass.SKIPPABLE) && !tok(k).has(WordClass.AUXILIARY)
                || (tok(k).lower.endsWith("ly") && tok(k).lower.length() > 4))) {
            k++;
        }
        Token t = tok(k);
        if (t == null || !t.word || t.capitalised()) {
            return false;
        }
        // after a person's name, a lower-case word in -s is a verb in the present ("Kellerman shrugs", "she runs")
        boolean present = (m.type == Mention.Type.NAME || m.type == Mention.Type.PRONOUN) && t.lower.length() > 3
                && t.lower.endsWith("s") && !t.lower.endsWith("ss") && !t.lower.endsWith("us");
        // after a name, a lower-case word other than a function word is the verb ("Ferrante struck a note")
        // ("the Compute Hour podcast": after "the", a name is a modifier)
        Token before = tok(m.from - 1);
        boolean determined = tok(m.from).is("the") || before != null && (before.is("the") || before.is("a")
                || before.is("an") || before.possessive());
        boolean verbAfterName = m.type == Mention.Type.NAME && !determined && !NOT_VERBS.contains(t.lower);
        return t.has(WordClass.AUXILIARY) || t.lower.endsWith("ed") || t.lemma != null || present || verbAfterName
                || t.lower.equals("wrote") || t.lower.equals("told") || t.lower.equals("spoke")
                || t.lower.equals("held") || t.lower.equals("sought") || t.lower.equals("said");
    }

    /** Words that follow a name without being its verb: prepositions, conjunctions, determiners, relatives. */
    private static final Set<String> NOT_VERBS = WordLists.set("not-verbs-after-name");
    /** The subject of the sentence's main clause: the first subject-marked mention outside quotes. */
    List<ExtractedActor> mainSubject(int sentenceStart, int before) {
        for (int k = sentenceStart; k < before; k++) {
            Mention m = mentions.at(k);
            if (m == null || m.from != k || tok(k).inQuote()) {
                continue;
            }
            int[] from = new int[1];
            if (subjectMarked(m)) {
                List<ExtractedActor> coordinated = speakerBefore(m.to, sentenceStart, from);
                if (!coordinated.isEmpty()) {
                    return coordinated;
                }
                return resolve(m, k);
            }
            k = m.to - 1;
        }
        return List.of();
    }

    /** The nearest subject before a participle, walking back: "Vladimir Putin sought to justify by saying". */
    List<ExtractedActor> nearestSubject(int sentenceStart, int before) {
        for (int k = before - 1; k >= sentenceStart; k--) {
            Mention m = mentions.at(k);
            if (m == null || m.to != k + 1 || tok(k).inQuote()) {
                continue;
            }
            // "Mr Trump's remarks ..., which have included suggesting"
            if (tok(m.to - 1).possessive()) {
                Token noun = tok(m.to);
                if (noun != null && REMARK_NOUNS.contains(noun.lower)) {
                    return resolve(m, k);
                }
            }
            if (subjectMarked(m)) {
                int[] from = new int[1];
                List<ExtractedActor> coordinated = speakerBefore(m.to, sentenceStart, from);
                return coordinated.isEmpty() ? resolve(m, k) : coordinated;
            }
            k = m.from;
        }
        return List.of();
    }
}
