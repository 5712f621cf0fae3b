package io.stancegraph.extraction;

import java.util.Set;

/**
 * Subjects of clauses, for cues whose speaker is not right before them: the subject of the sentence's main clause
 * ("In a letter to Sir Keir, she said"; {@code main-subject}), the nearest subject before a participle ("Vladimir
 * Putin sought to justify by saying"; {@code nearest-subject}), or the possessor of remarks ("Mr Trump's remarks ...,
 * which have included suggesting"; {@code remarks-possessor}). Their speakers start nowhere near the cue (-1).
 */
final class ClauseSubjects extends SpeakerReader {

    static final String MAIN_SUBJECT = "main-subject";
    static final String NEAREST_SUBJECT = "nearest-subject";

    /** "Mr Trump's remarks": the possessor is the speaker. */
    private static final Set<String> REMARK_NOUNS = WordLists.set("remark-nouns");
    /** Words that follow a name without being its verb: prepositions, conjunctions, determiners, relatives. */
    private static final Set<String> NOT_VERBS = WordLists.set("not-verbs-after-name");
    /** Verbs in the past tense without "-ed": "wrote", "held". */
    private static final Set<String> IRREGULAR_PAST = WordLists.set("irregular-past-verbs");


    ClauseSubjects(SpeakerResolver speakers) {
        super(speakers);
    }

    /** The subject of the sentence's main clause: the first subject-marked mention outside quotes. */
    Attribution mainSubject(int sentenceStart, int before) {
        for (int k = afterOpeningParticiple(sentenceStart, before); k < before; k++) {
            Mention m = mentions.at(k);
            if (m == null || m.from != k || tok(k).inQuote()) {
                continue;
            }
            if (subjectMarked(m)) {
                return subjectWithPartners(m, sentenceStart, k).by(MAIN_SUBJECT).startingAt(-1);
            }
            k = m.to - 1;
        }
        return Attribution.NONE;
    }

    /**
     * Past an opening participle's clause: "Asked whether he was referring to the Netherlands, Mr Wrona smiled and
     * said" (the "he" of the question is not the main clause's subject).
     */
    private int afterOpeningParticiple(int sentenceStart, int before) {
        Token first = tok(sentenceStart);
        if (first == null || !first.word || mentions.at(sentenceStart) != null
                || !(first.lower.endsWith("ed") || first.lower.endsWith("ing") || IRREGULAR_PAST.contains(first.lower))) {
            return sentenceStart;
        }
        for (int k = sentenceStart + 1; k < before; k++) {
            if (tok(k).inQuote()) {
                break;
            }
            if (tok(k).is(",")) {
                return k + 1;
            }
        }
        return sentenceStart;
    }

    /** The nearest subject before a participle, walking back: "Vladimir Putin sought to justify by saying". */
    Attribution nearestSubject(int sentenceStart, int before) {
        for (int k = before - 1; k >= sentenceStart; k--) {
            Mention m = mentions.at(k);
            if (m == null || m.to != k + 1 || tok(k).inQuote()) {
                continue;
            }
            // "Mr Trump's remarks ..., which have included suggesting"
            if (tok(m.to - 1).possessive()) {
                Token noun = tok(m.to);
                if (noun != null && REMARK_NOUNS.contains(noun.lower)) {
                    return speakers.resolve(m, k).by("remarks-possessor").startingAt(-1);
                }
            }
            if (subjectMarked(m)) {
                return subjectWithPartners(m, sentenceStart, k).by(NEAREST_SUBJECT).startingAt(-1);
            }
            k = m.from;
        }
        return Attribution.NONE;
    }

    /** The subject with the mentions coordinated before it ("Sir Keir and Mr Macron agreed"), else alone. */
    private Attribution subjectWithPartners(Mention m, int sentenceStart, int k) {
        Attribution coordinated = speakers.speakerBefore(m.to, sentenceStart);
        return !coordinated.isEmpty() ? coordinated : speakers.resolve(m, k);
    }

    /** Whether the mention is followed by a verb, i.e. is the subject of its clause. */
    boolean subjectMarked(Mention m) {
        int k = afterAsides(m);
        if (verbAt(m, k, false)) {
            return true;
        }
        // "Brandvold, who grew up in Stavanger, Norway, and was drafted in 2019, has 11 goals": past a relative
        // clause set off by commas, to the comma after which a verb comes; only for a name opening its sentence, as
        // one inside a reported clause ("wrote that Mr Trump, whose team ..., was right") is not who goes on speaking
        Token before = tok(m.from - 1);
        boolean opensSentence = before == null || before.sentence != tok(m.from).sentence;
        if (opensSentence && m.type == Mention.Type.NAME && tok(k) != null && tok(k).is(",") && tok(k + 1) != null
                && (tok(k + 1).is("who") || tok(k + 1).is("whose"))) {
            for (int j = k + 2; j < k + 40 && tok(j) != null && tok(j).sentence == tok(k).sentence; j++) {
                if (tok(j).inQuote() || tok(j).isQuoteMark()) {
                    return false;
                }
                if (tok(j).is(",") && verbAt(m, j + 1, true)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "asked", "speaking": a participle, which may open an aside. */
    private static boolean participle(Token t) {
        return t != null && t.word && !t.capitalised() && !t.has(WordClass.AUXILIARY)
                && (t.lower.endsWith("ed") || t.lower.endsWith("ing"));
    }

    /**
     * Whether a verb of the mention's clause starts at {@code k}, past adverbs; {@code marked}: only a word that shows
     * it is a verb (an auxiliary, a past in -ed, a reporting verb, a present in -s), not any lower-case word.
     */
    private boolean verbAt(Mention m, int k, boolean marked) {
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
        boolean verbAfterName = !marked && m.type == Mention.Type.NAME && !determined && !NOT_VERBS.contains(t.lower);
        return t.has(WordClass.AUXILIARY) || t.lower.endsWith("ed") || t.lemma != null || present || verbAfterName
                || IRREGULAR_PAST.contains(t.lower);
    }

    /**
     * The token after the mention, past a parenthesis ("Rep. Dana Whitcomb (D-Calif.) pressed") and, after a name,
     * an apposition ("Voss, the committee’s chairwoman, was unconvinced").
     */
    private int afterAsides(Mention m) {
        int k = m.to;
        if (tok(k) != null && tok(k).is("(")) {
            for (int j = k + 1; j < k + 10 && tok(j) != null && tok(j).sentence == tok(k).sentence; j++) {
                if (tok(j).is(")")) {
                    k = j + 1;
                    break;
                }
            }
        }
        // "Kieran Polglase, 23, has worked": an age set off by commas
        if (m.type == Mention.Type.NAME && tok(k) != null && tok(k).is(",") && tok(k + 1) != null
                && tok(k + 1).text.chars().allMatch(Character::isDigit) && tok(k + 2) != null && tok(k + 2).is(",")) {
            k += 3;
        }
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
        // "Kanemura, asked about the violation, smiled": a participle's aside, when a verb follows it
        if (k == m.to && m.type == Mention.Type.NAME && tok(k) != null && tok(k).is(",") && participle(tok(k + 1))) {
            for (int j = k + 2; j < k + 16 && tok(j) != null && tok(j).sentence == tok(k).sentence; j++) {
                if (tok(j).inQuote() || tok(j).isQuoteMark()) {
                    break;
                }
                if (tok(j).is(",")) {
                    // "TikTok, sued in September, arguing": a participle after it is no main verb
                    k = verbAt(m, j + 1, true) && !tok(j + 1).lower.endsWith("ing") ? j + 1 : k;
                    break;
                }
            }
        }
        // "Her mother, Ruth, keeps the books": the comma closing an apposition after a lower-case noun
        if (k == m.to && m.type == Mention.Type.NAME && tok(k) != null && tok(k).is(",") && tok(m.from - 1) != null
                && tok(m.from - 1).is(",") && tok(m.from - 2) != null && tok(m.from - 2).word
                && !tok(m.from - 2).capitalised() && tok(k + 1) != null && tok(k + 1).word && !tok(k + 1).capitalised()
                && !tok(k + 1).is("and") && !tok(k + 1).is("or")) {
            k++;
        }
        return k;
    }
}
