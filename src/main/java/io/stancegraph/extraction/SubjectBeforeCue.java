package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speaker before a cue. Walking back from the cue past auxiliaries and adverbs ("has also repeatedly said"), at
 * each comma, dash or bracket the rules are tried in order: a full name in apposition ({@link AppositionSpeaker},
 * {@code apposition}), then an aside to skip ({@link AsideSkipper}; "European leaders, including X and Y, said"
 * gives the members named, {@code named-members}). Where the walk stops, the mention ending there is the speaker,
 * in this order: a person before "of" ("Leila Haddad of Amnesty International said"; {@code person-of}), the
 * partner of a possessed group ("he and his Cabinet"; {@code possessor-partner}), or the mention with the mentions
 * coordinated with it ("Sir Keir and Mr Macron said"; {@code subject-before-cue}).
 */
final class SubjectBeforeCue extends SpeakerReader {

    private static final Set<String> PREPOSITIONS_BEFORE_FROM = Set.of("to", "for", "with", "by", "of", "at", "in",
            "on", "from");

    static final String RULE = "subject-before-cue";

    private static final Set<String> POSSESSIVE_DETERMINERS = WordLists.set("possessive-determiners");
    private static final Set<String> UNNAMED_SOURCES = WordLists.set("unnamed-source-nouns");
    /** "the family of", "an aide to": someone speaking about or for another person. */
    private static final Set<String> RELATION_NOUNS = WordLists.set("relation-nouns");
    private static final Set<String> POST_MODIFIERS = Set.of("who", "at", "in", "from", "of", "familiar", "with",
            "close", "conducted", "commissioned", "published", "outside", "near", "on");

    private final AppositionSpeaker appositions;
    private final AsideSkipper asides;

    SubjectBeforeCue(SpeakerResolver speakers) {
        super(speakers);
        this.appositions = new AppositionSpeaker(speakers);
        this.asides = new AsideSkipper(speakers);
    }

    Attribution find(int cue, int sentenceStart) {
        int k = cue - 1;
        if (tok(k) != null && tok(k).isQuoteMark() && !tok(k).inQuote()) {
            k--; // 'had "repeated that ...': the cue opens a quoted fragment
        }
        while (k >= sentenceStart) {
            Token t = tok(k);
            // "strongly", not "family"
            if (t.word && (t.has(WordClass.SKIPPABLE) || (t.lower.endsWith("ly") && !t.capitalised()
                    && t.lower.length() > 4 && mentions.at(k) == null && !describedSource(k)))) {
                k--;
                continue;
            }
            if ((t.is(",") || t.is("–") || t.is("—") || t.is(")")) && !t.inQuote()) {
                Attribution apposed = appositions.find(k, sentenceStart, cue);
                if (!apposed.isEmpty()) {
                    return apposed;
                }
                AsideSkipper.Aside aside = asides.endingAt(k, sentenceStart);
                if (aside != null) {
                    if (aside.members() != null) {
                        return aside.members();
                    }
                    k = aside.before();
                    continue;
                }
            }
            break;
        }
        if (k < sentenceStart) {
            return Attribution.NONE;
        }
        Attribution subject = subjectEndingAt(k, cue, sentenceStart);
        if (!subject.isEmpty() || subject.unnamed()) {
            return subject;
        }
        if (describedSource(k)) {
            Attribution issuer = issuerOf(k, sentenceStart);
            return issuer != null ? issuer : new Attribution(List.of(), k, RULE, "description:" + BareNames.UNNAMED);
        }
        if (describedHeadOpening(sentenceStart, cue)) {
            return new Attribution(List.of(), sentenceStart, RULE, "description:" + BareNames.UNNAMED);
        }
        // "... without a deal, officials from the three countries said": the same after the clause's comma
        int clauseStart = lastCommaBefore(cue, sentenceStart) + 1;
        if (clauseStart > sentenceStart && describedHeadOpening(clauseStart, cue)) {
            return new Attribution(List.of(), clauseStart, RULE, "description:" + BareNames.UNNAMED);
        }
        int indefinite = indefiniteSubject(sentenceStart, cue);
        if (indefinite >= 0) {
            return new Attribution(List.of(), indefinite, RULE, "indefinite:" + BareNames.UNNAMED);
        }
        // "Nurses in Huron County said": the place is where the described source is
        Mention place = mentions.at(k);
        if (place != null && place(place) && place.from - 2 >= sentenceStart && (describedSource(place.from - 2)
                || place.from - 2 == sentenceStart && UNNAMED_SOURCES.contains(tok(sentenceStart).lower))) {
            return new Attribution(List.of(), place.from - 2, RULE, "description:" + BareNames.UNNAMED);
        }
        return subject;
    }

    /**
     * "Several customers at a store in Renton said", "Two people familiar with the talks said", "Residents who
     * spoke at the meeting said": the sentence (or the clause after its last comma) opens with a described source,
     * within three words, whose post-modifier runs up to the cue without a comma or a quotation.
     */
    private boolean describedHeadOpening(int sentenceStart, int cue) {
        for (int j = sentenceStart; j < Math.min(cue - 1, sentenceStart + 3); j++) {
            Token t = tok(j);
            if (!t.word || t.inQuote() || j > sentenceStart && t.capitalised()) {
                return false;
            }
            if (UNNAMED_SOURCES.contains(t.lower)) {
                Token next = tok(j + 1);
                if (!POST_MODIFIERS.contains(next.lower)) {
                    return false;
                }
                for (int k = j + 1; k < cue; k++) {
                    if (tok(k).is(",") || tok(k).isQuoteMark() || tok(k).inQuote()) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** The last comma outside quotations before the cue, or -1. */
    private int lastCommaBefore(int cue, int sentenceStart) {
        for (int k = cue - 1; k > sentenceStart; k--) {
            if (tok(k).is(",") && !tok(k).inQuote()) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "A nurse who has worked there for years, and who asked not to be named, said ...", "one source close to the
     * talks said": a sentence opening with an indefinite description, no name before the cue (but places: "A nurse in Huron County"), is someone the
     * article does not name.
     */
    private boolean indefiniteOpener(int sentenceStart, int cue, boolean afterClause) {
        Token first = tok(sentenceStart);
        Token second = tok(sentenceStart + 1);
        if (first == null || !(first.is("a") || first.is("an") || first.is("one")) || second == null || !second.word
                || second.capitalised() || cue - sentenceStart < 2) {
            return false;
        }
        for (int j = sentenceStart + 1; j < cue; j++) {
            Mention place = mentions.at(j);
            if (place != null && place(place)) {
                j = place.to - 1; // "A nurse in Huron County, who ...": where the nurse works
                continue;
            }
            if (tok(j).capitalised() && tok(j - 1).is("from")) {
                // "an 81-year-old widow from Halesowen": where the source comes from
                while (j + 1 < cue && tok(j + 1).capitalised()) {
                    j++;
                }
                continue;
            }
            // after an opening clause, another reporting verb on the way is the description's own ("In a statement,
            // one victim said she no longer answered the door")
            if (tok(j).capitalised() || tok(j).inQuote() || tok(j).isQuoteMark() || afterClause && tok(j).lemma != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where an indefinite description that is the subject opens: the sentence, or the clause after an opening phrase
     * ("In a statement read to the court, one victim, an 81-year-old widow, said"; "Speaking afterwards, a steward
     * said"); -1 if none.
     */
    private int indefiniteSubject(int sentenceStart, int cue) {
        if (indefiniteOpener(sentenceStart, cue, false)) {
            return sentenceStart;
        }
        Token opening = tok(sentenceStart);
        if (!(NounCue.FRONTING_WORDS.contains(opening.lower) || opening.lower.endsWith("ing") || opening.is("asked"))) {
            return -1;
        }
        for (int k = sentenceStart + 1; k < cue - 2; k++) {
            if (tok(k).is(",") && !tok(k).inQuote() && indefiniteOpener(k + 1, cue, true)) {
                return k + 1;
            }
        }
        return -1;
    }

    /** A place named after a preposition ("in Huron County"), which says where a described source is. */
    private static boolean place(Mention m) {
        return m.type == Mention.Type.VAGUE && m.rule.equals("place");
    }

    /** "the lawsuit says", "some experts say": a lower-case description of a source the article does not name. */
    private boolean describedSource(int k) {
        Token t = tok(k);
        return t.word && !t.inQuote() && !t.capitalised() && (UNNAMED_SOURCES.contains(t.lower) || relation(t));
    }

    /**
     * "The Attorney General's Office said in a statement ... The statement said": the statement the article told of
     * is the one who made it speaking ({@code document:issuer}); null when the noun is no statement or letter opening
     * its clause, or no recent statement was made "in a statement" (or letter).
     */
    private Attribution issuerOf(int noun, int sentenceStart) {
        Token t = tok(noun);
        if (!(t.is("statement") || t.is("letter")) || !tok(noun - 1).is("the")
                || noun - 1 > sentenceStart && !tok(noun - 2).is(",")) {
            return null; // "One MP who signed the letter said": the letter is no subject
        }
        List<Candidate> history = speakers.history;
        for (int h = history.size() - 1; h >= 0 && h >= history.size() - 8; h--) {
            Candidate c = history.get(h);
            if (c.cueToken < 0 || c.speakers.isEmpty() || tok(noun).paragraph - tok(c.cueToken).paragraph > 3) {
                continue;
            }
            int sentence = tok(c.cueToken).sentence;
            for (int k = c.cueToken; tok(k) != null && tok(k).sentence == sentence; k++) {
                // "said in a statement", "wrote in a letter"
                if (tok(k).lower.equals(t.lower) && !tok(k).inQuote() && tok(k - 2).is("in")) {
                    return new Attribution(c.speakers, noun - 1, RULE, "document:issuer");
                }
            }
        }
        return null;
    }

    /** "family", "friend", "aide", "mother": a noun for someone speaking about or for another person. */
    private static boolean relation(Token t) {
        return RELATION_NOUNS.contains(t.lower) || PeopleLearner.kinGender(t.lower) != null;
    }

    /**
     * Where the description of someone related to the person of mention {@code m} opens, if {@code m} is only that
     * person: "the family of Gemma Price", "a source close to Ms Reeves", "an aide to Mr Trump", "Gemma Price's
     * family"; else -1.
     */
    private int relatedTo(Mention m, int cue, int sentenceStart) {
        int noun = -1;
        Token before = tok(m.from - 1);
        if (before != null && (before.is("of") || before.is("to") || before.is("for")) && m.from - 2 >= sentenceStart) {
            noun = m.from - 2;
            if (tok(noun).is("close") && noun - 1 >= sentenceStart && tok(noun - 1).has(WordClass.SOURCE_WORD)) {
                noun--;
            } else if (!relation(tok(noun))) {
                noun = -1;
            }
        } else if (MentionScanner.possessive(tok(m.to - 1)) && m.to < cue && relation(tok(m.to))) {
            return m.from; // "Gemma Price's family said"
        }
        if (noun < 0) {
            return -1;
        }
        int start = noun;
        while (start > sentenceStart && tok(start - 1).word && !tok(start - 1).inQuote() && tok(start - 1).lemma == null
                && (!tok(start - 1).capitalised() || start - 1 == sentenceStart) && mentions.at(start - 1) == null) {
            start--;
        }
        Mention head = mentions.at(start - 1);
        if ((tok(start).is("for") || tok(start).is("to")) && head != null && head.to == start) {
            start = head.from; // "a spokesman for the family of Gemma Price"
        }
        return start;
    }

    private Attribution subjectEndingAt(int k, int cue, int sentenceStart) {
        Mention m = mentions.at(k);
        if (m == null || m.to != k + 1 || tok(k).inQuote()) {
            return Attribution.NONE;
        }
        int related = m.type == Mention.Type.NAME ? relatedTo(m, cue, sentenceStart) : -1;
        if (related >= 0) {
            // the family, a friend or an aide of the person speaks, not the person
            return new Attribution(List.of(), related, RULE, "relation:" + BareNames.UNNAMED);
        }
        String rule = RULE;
        // "Representative Carl Brandt of Texas wrote", "Leila Haddad of Amnesty International said", "Gord
        // Beattie, 71, of Clinton said"
        int beforeOf = m.from - 2;
        if (beforeOf - 2 >= sentenceStart && tok(m.from - 1).is("of") && tok(beforeOf).is(",")
                && age(tok(beforeOf - 1)) && tok(beforeOf - 2).is(",")) {
            beforeOf -= 3;
        }
        Mention person = beforeOf >= sentenceStart && tok(m.from - 1).is("of") ? mentions.at(beforeOf) : null;
        if (person != null && person.type == Mention.Type.NAME && person.to == beforeOf + 1
                && speakers.fullName(person)) {
            m = person;
            rule = "person-of";
        }
        // "The 24-year-old from St Vincent said", "Ahmed Khan from Karachi said": where the speaker is from
        Mention from = tok(m.from - 1) != null && tok(m.from - 1).is("from") && m.from - 2 >= sentenceStart
                ? mentions.at(m.from - 2) : null;
        // (a named person from an organisation too, "Dr Jane Hill from the University of Leeds"; not "Lawyers from
        // Amnesty International", where the organisation speaks)
        boolean place = m.type != Mention.Type.ORGANISATION && m.type != Mention.Type.SPOKESPERSON;
        Token beforeFrom = from == null ? null : tok(from.from - 1);
        if (beforeFrom != null && beforeFrom.word && PREPOSITIONS_BEFORE_FROM.contains(beforeFrom.lower)) {
            from = null; // "A letter to Rachel Reeves from Mel Stride said": the one after "from" wrote it
        }
        if (from != null && from.to == m.from - 1 && (place ? from.type == Mention.Type.NAME
                || from.type == Mention.Type.VAGUE : from.type == Mention.Type.NAME && speakers.fullName(from))) {
            m = from; // the speaker rule stays, so that the mention's own doubt ("name:bare") still counts
        }
        if (tok(m.from - 1) != null && POSSESSIVE_DETERMINERS.contains(tok(m.from - 1).lower)) {
            return possessorPartner(m, cue, sentenceStart);
        }
        return coordinated(m, cue, sentenceStart, rule);
    }

    /** "71" of "Gord Beattie, 71, of Clinton": a person's age. */
    private static boolean age(Token t) {
        return t.text.length() <= 3 && t.text.chars().allMatch(Character::isDigit);
    }

    /** "he and his Cabinet": the possessed group is not a separate speaker; the partner before "and" is. */
    private Attribution possessorPartner(Mention possessed, int cue, int sentenceStart) {
        Token and = tok(possessed.from - 2);
        if (and != null && and.is("and") && possessed.from - 3 >= sentenceStart) {
            Mention partner = mentions.at(possessed.from - 3);
            if (partner != null && partner.to == possessed.from - 2) {
                return speakers.resolve(partner, cue).startingAt(partner.from).by("possessor-partner");
            }
        }
        return Attribution.NONE;
    }

    /** The mention and those coordinated with it: "Sir Keir and Mr Macron", "the US, France and Germany". */
    private Attribution coordinated(Mention m, int cue, int sentenceStart, String rule) {
        Attribution head = speakers.resolve(m, cue);
        String mentionRule = head.mentionRule();
        List<ExtractedActor> result = new ArrayList<>(head.speakers());
        int from = m.from;
        while (from - 2 >= sentenceStart && tok(from - 1).is("and")) {
            Mention prev = mentions.at(from - 2);
            if (prev == null || prev.to != from - 1) {
                // "he and his Cabinet": an unresolvable partner is dropped
                if (tok(from - 2) != null) {
                    Mention before = mentionEndingBefore(from - 1, sentenceStart, 3);
                    if (before != null && result.isEmpty()) {
                        Attribution partner = speakers.resolve(before, cue);
                        result.addAll(partner.speakers());
                        mentionRule = partner.mentionRule();
                        from = before.from;
                    }
                }
                break;
            }
            if (partOfTitle(prev, m)) {
                break;
            }
            Attribution partner = speakers.resolve(prev, cue);
            if (AttributionConfidence.guessed(partner.mentionRule())) {
                // "The Health Secretary and Victoria Atkins said", the title a guess: the statement is no surer
                mentionRule = partner.mentionRule();
            }
            for (ExtractedActor a : partner.speakers()) {
                if (!result.contains(a)) {
                    result.add(0, a);
                }
            }
            from = prev.from;
        }
        return new Attribution(result, from, rule, mentionRule);
    }

    /**
     * "Mineral and Petroleum Resources Minister Tebogo Maseko", "Health and Safety Executive inspector Neil Garside": a
     * lone word nobody is known by, before "and" and a person named after words that are no title's opening, is part
     * of what the person is.
     */
    private boolean partOfTitle(Mention partner, Mention person) {
        Token opening = tok(person.from);
        return partner.type == Mention.Type.NAME && partner.actors.isEmpty() && partner.to - partner.from == 1
                && person.type == Mention.Type.NAME && !NameReadShort.opensWithName(person)
                && !opening.titleWord() && !opening.honorific();
    }

    private Mention mentionEndingBefore(int pos, int sentenceStart, int window) {
        for (int k = pos - 1; k >= Math.max(sentenceStart, pos - window); k--) {
            Mention m = mentions.at(k);
            if (m != null && m.to == k + 1) {
                return m;
            }
        }
        return null;
    }
}
