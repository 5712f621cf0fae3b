package io.stancegraph.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Resolves the mention a speaker rule found to actors, stamping how:
 * <ul>
 * <li>"he", "she" ({@code pronoun:...}): the nearest subject of a compatible person in the last three sentences
 * ({@code subject}), unless the last single-person statement comes after it ({@code last-speaker}); else the
 * nearest compatible person ({@code nearest-person}); a subject whose name shows no gender, when someone of the
 * pronoun's gender was named before, is only a guess ({@code subject-of-unknown-gender});</li>
 * <li>"they" ({@code pronoun:they-...}): the speakers of the last statement with several ({@code they-speakers}),
 * else the last group named ({@code they-group});</li>
 * <li>"who" ({@code relative}): the mention before it, past an apposition;</li>
 * <li>a name the article never introduced ({@code name:capital}, else {@link BareNames}): the country of a capital,
 * else part of a name the article gave, a description of someone unnamed, or a person of that name;</li>
 * <li>any other mention: the actors the mention rules gave it, with their stamp ({@code name:surname},
 * {@code title:registry}, {@code source:organisation} ...).</li>
 * </ul>
 */
final class MentionResolver extends SpeakerReader {

    static final String GENDER_GUESS = "subject-of-unknown-gender";
    private static final Pattern POSSESSIVE_END = Pattern.compile("[’']s$");

    private final BareNames bareNames;

    MentionResolver(SpeakerResolver speakers) {
        super(speakers);
        this.bareNames = new BareNames(speakers.index, speakers.mentions);
    }

    Attribution resolve(Mention m, int position) {
        switch (m.type) {
            case PRONOUN:
                return m.plural ? plural(m, position) : pronoun(m);
            case RELATIVE:
                return Attribution.resolved(m, relative(m.from), m.rule);
            case VAGUE:
                // no one in particular, but for a relative the article named ("her father": Peter Trewin)
                return Attribution.resolved(m, m.actors, m.rule);
            case NAME:
                if (m.actors.isEmpty()) {
                    String word = POSSESSIVE_END.matcher(m.surface).replaceAll("");
                    String country = Gazetteer.countryOfCapital(word);
                    if (country != null) {
                        return Attribution.resolved(m, List.of(mentions.actorFor(country, ActorKind.COUNTRY,
                                m.surface)), m.rule + ":capital");
                    }
                    return bareNames.resolve(m, word);
                }
                return Attribution.resolved(m, m.actors, m.rule);
            default:
                return Attribution.resolved(m, m.actors, m.rule);
        }
    }

    /** "who": the actor of the mention before it, past a trailing apposition ("James Cleverly, a former ..., who"). */
    List<ExtractedActor> relative(int who) {
        int k = who - 1;
        if (tok(k) != null && tok(k).is(",")) {
            k--;
        }
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

    private Attribution pronoun(Mention pronoun) {
        int sentence = tok(pronoun.from).sentence;
        String stillUnnamed = unnamedSpeakerGoingOn(pronoun);
        if (stillUnnamed != null) {
            return Attribution.resolved(pronoun, List.of(), pronoun.rule + ":" + stillUnnamed);
        }
        Candidate lastStatement = lastSinglePersonStatement(pronoun);
        Mention fallback = null;
        // "Robin Ashe has farmed here ... she says": with nobody else to stand for, the subject just before outweighs
        // the usual gender of a first name
        ExtractedActor guessedOtherwise = null;
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
            if (insideReportedContent(m)) {
                // "He said the line with Theriault and Moreau had found something. “...,” he said.": someone named in
                // what was said is not who goes on speaking
                continue;
            }
            if (spokespersonGoingOn(m, pronoun)) {
                // "The Prime Minister's official spokesman said ... He said ...": still the spokesman's office
                return Attribution.resolved(pronoun, List.of(m.actor()), pronoun.rule + ":spokesperson");
            }
            if (describedSubject(m)) {
                // "A veteran Boston-based violinist ... says": "she" is that unnamed person, not an earlier one
                return Attribution.resolved(pronoun, List.of(), pronoun.rule + ":" + BareNames.UNNAMED);
            }
            ExtractedActor a = personOf(m);
            if (a == null) {
                continue;
            }
            if (guessedHolderOfOtherGender(m, a, pronoun)) {
                // "The prime minister replied ... he said.", a woman guessed to hold it: still the office's holder
                return Attribution.resolved(pronoun, List.of(), pronoun.rule + ":" + TitleResolver.NO_KNOWN_HOLDER);
            }
            if (!compatible(a, pronoun.gender)) {
                if (guessedOtherwise == null && a.genderFromFirstName && m.type == Mention.Type.NAME
                        && sentence - t.sentence <= 1 && speakers.subjectMarked(m)) {
                    guessedOtherwise = a;
                }
                continue;
            }
            if (speakers.subjectMarked(m)) {
                return subject(pronoun, m, a);
            }
            if (fallback == null) {
                fallback = m;
            }
        }
        return withoutMarkedSubject(pronoun, lastStatement, fallback, guessedOtherwise);
    }

    /** A title whose holder was guessed, of the other gender than the pronoun, as the subject of its clause. */
    private boolean guessedHolderOfOtherGender(Mention m, ExtractedActor holder, Mention pronoun) {
        return m.type == Mention.Type.TITLE && m.rule.endsWith(":" + TitleResolver.GUESS)
                && !compatible(holder, pronoun.gender) && speakers.subjectMarked(m);
    }

    /** The pronoun stands for {@code a}, the subject of mention {@code m} before it. */
    private Attribution subject(Mention pronoun, Mention m, ExtractedActor a) {
        ExtractedActor asked = a.gender == 0 && pronoun.gender != 0 ? agreeingLaterInSentence(m, pronoun.gender) : null;
        if (asked != null) {
            // "Kyle Brandvold asked Durán whether …. “…,” she said.": the one of the pronoun's gender, who was asked
            return Attribution.resolved(pronoun, List.of(asked),
                    AttributionConfidence.goingOn(pronoun.rule + ":" + GENDER_GUESS, m.rule));
        }
        if (a.gender == 0 && pronoun.gender != 0 && anotherOfTheGender(a, pronoun)) {
            // "Rachel Reeves said ... Mel Stride said ... She added": Mel may be either, so "she" may be Reeves
            return Attribution.resolved(pronoun, List.of(a),
                    AttributionConfidence.goingOn(pronoun.rule + ":" + GENDER_GUESS, m.rule));
        }
        if (a.gender == 0 && pronoun.gender != 0 && m.type == Mention.Type.NAME) {
            // "Jean Pollard has lived here ... she recalls": Jean is "she" from now on
            a.gender = pronoun.gender;
        }
        return Attribution.resolved(pronoun, List.of(a), AttributionConfidence.goingOn(pronoun.rule + ":subject", m.rule));
    }

    /** The person of the gender whom the subject {@code m} asked in its sentence ("asked Durán whether"), or null. */
    private ExtractedActor agreeingLaterInSentence(Mention m, char gender) {
        for (int k = m.to; tok(k) != null && tok(k).sentence == tok(m.from).sentence; k++) {
            Mention later = mentions.at(k);
            boolean asked = later != null && later.from == k && later.type == Mention.Type.NAME && tok(k - 1).word
                    && (tok(k - 1).is("asked") || tok(k - 1).is("questioned") || tok(k - 1).is("pressed"));
            ExtractedActor person = asked ? personOf(later) : null;
            if (person != null && person.gender == gender) {
                return person;
            }
        }
        return null;
    }

    /** Whether someone other than {@code subject} of the pronoun's gender was named before it. */
    private boolean anotherOfTheGender(ExtractedActor subject, Mention pronoun) {
        for (Mention m : mentions.mentions) {
            if (m.from >= pronoun.from) {
                return false;
            }
            ExtractedActor a = m.type == Mention.Type.NAME ? personOf(m) : null;
            if (a != null && a != subject && a.gender == pronoun.gender) {
                return true;
            }
        }
        return false;
    }

    /** The person a mention stands for, if it is one person: a relative ("her son") is the relative. */
    private ExtractedActor personOf(Mention m) {
        ExtractedActor a = m.actor();
        if (m.type == Mention.Type.RELATIVE) {
            List<ExtractedActor> r = relative(m.from);
            a = r.isEmpty() ? null : r.get(0);
        }
        return a != null && a.kind == ActorKind.PERSON ? a : null;
    }

    /**
     * A pronoun with no agreeing subject before it: the last speaker, else the nearest agreeing person, else the
     * subject whose first name suggested the other gender when nobody else is at hand.
     */
    private Attribution withoutMarkedSubject(Mention pronoun, Candidate lastStatement, Mention fallback,
            ExtractedActor guessedOtherwise) {
        if (lastStatement == null && fallback == null && guessedOtherwise != null) {
            guessedOtherwise.gender = pronoun.gender;
            guessedOtherwise.genderFromFirstName = false;
            return Attribution.resolved(pronoun, List.of(guessedOtherwise), pronoun.rule + ":subject");
        }
        if (lastStatement != null) {
            return Attribution.resolved(pronoun, List.of(lastStatement.speakers.get(0)),
                    AttributionConfidence.goingOn(pronoun.rule + ":last-speaker", lastStatement.speakerRule));
        }
        return fallback != null
                ? Attribution.resolved(pronoun, List.of(personOf(fallback)),
                        AttributionConfidence.goingOn(pronoun.rule + ":nearest-person", fallback.rule))
                : Attribution.resolved(pronoun, List.of(), pronoun.rule);
    }

    /** Whether the mention lies in the content of a reported statement (not a quotation) made by someone named. */
    private boolean insideReportedContent(Mention m) {
        return speakers.insideReportedContent(m.from, m.to, m.actor());
    }

    /** A singular subject the article describes without naming ("a Boston-based violinist"). */
    private boolean describedSubject(Mention m) {
        return m.type == Mention.Type.NAME && m.actors.isEmpty() && !m.surface.endsWith("s")
                && bareNames.commonWord(POSSESSIVE_END.matcher(m.surface).replaceAll("")) && speakers.subjectMarked(m)
                && indefinite(m.from);
    }

    /** "a veteran ..." / "an ...": an indefinite article opens the noun phrase, past at most two lower-case words. */
    private boolean indefinite(int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            Token t = tok(k);
            if (t.is("a") || t.is("an")) {
                return true;
            }
            if (!t.word || t.capitalised()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The last statement before the pronoun, at most two sentences back, if it was said by someone described with an
     * indefinite article and not named ("a senior official"), with no person named since: "he" is that source, not
     * an earlier speaker who was named. Null otherwise.
     */
    private Candidate afterIndefiniteSpeaker(Mention pronoun) {
        for (int h = speakers.history.size() - 1; h >= 0; h--) {
            Candidate c = speakers.history.get(h);
            if (c.cueToken >= pronoun.from) {
                continue;
            }
            if (!c.speakers.isEmpty() || !unnamedPerson(c.speakerRule)
                    || tok(pronoun.from).sentence - tok(c.cueToken).sentence > 2) {
                return null;
            }
            for (int k = c.cueToken + 1; k < pronoun.from; k++) {
                Mention m = mentions.at(k);
                if (m != null && !tok(k).inQuote() && m.type == Mention.Type.NAME && !m.actors.isEmpty()) {
                    return null;
                }
            }
            return c;
        }
        return null;
    }

    /**
     * "A porter, who asked not to be named, said ... “...,” she said.": still that unnamed porter ({@code unnamed});
     * after an office whose holder is not known (several known actors hold it, or none), still that unknown holder
     * ({@code several-holders:unnamed}, {@code no-known-holder:unnamed}, both doubtful); null when the pronoun goes on
     * with no unnamed speaker.
     */
    private String unnamedSpeakerGoingOn(Mention pronoun) {
        Candidate unnamed = afterIndefiniteSpeaker(pronoun);
        if (unnamed == null) {
            return null;
        }
        for (String unknownHolder : List.of(TitleResolver.SEVERAL_HOLDERS, TitleResolver.NO_KNOWN_HOLDER)) {
            if (unnamed.speakerRule.endsWith(":" + unknownHolder)) {
                return unknownHolder;
            }
        }
        return BareNames.UNNAMED;
    }

    /**
     * A speaker rule that found one person the article does not name: "A porter ... said", "a senior official said",
     * "the Foreign Secretary said" when two known actors hold that office or none.
     */
    private static boolean unnamedPerson(String speakerRule) {
        return speakerRule != null && (speakerRule.endsWith("indefinite:" + BareNames.UNNAMED)
                || speakerRule.endsWith("title:" + BareNames.UNNAMED) || TitleResolver.holderUnknown(speakerRule));
    }

    /** The last statement before the pronoun of one person of a compatible gender. */
    private Candidate lastSinglePersonStatement(Mention pronoun) {
        for (int h = speakers.history.size() - 1; h >= 0; h--) {
            Candidate c = speakers.history.get(h);
            if (c.cueToken < pronoun.from && c.speakers.size() == 1 && c.speakers.get(0).kind == ActorKind.PERSON
                    && compatible(c.speakers.get(0), pronoun.gender)) {
                return c;
            }
        }
        return null;
    }

    private Attribution plural(Mention they, int position) {
        for (int h = speakers.history.size() - 1; h >= 0; h--) {
            Candidate c = speakers.history.get(h);
            if (c.speakers.size() > 1 && c.cueToken < position) {
                return Attribution.resolved(they, c.speakers, they.rule + ":they-speakers");
            }
        }
        for (int k = position - 1; k >= 0; k--) {
            Mention m = mentions.at(k);
            if (m != null && m.type == Mention.Type.GROUP && !tok(k).inQuote()) {
                return Attribution.resolved(they, m.actors, they.rule + ":they-group");
            }
        }
        return Attribution.resolved(they, List.of(), they.rule);
    }

    /**
     * Whether the pronoun goes on with a spokesperson who was the subject: "spokesman" is "he", "spokeswoman" "she",
     * "spokesperson" either; "it" and "they" are not one spokesperson.
     */
    private boolean spokespersonGoingOn(Mention m, Mention pronoun) {
        if (m.type != Mention.Type.SPOKESPERSON || m.actor() == null || !speakers.subjectMarked(m)) {
            return false;
        }
        String noun = tok(m.to - 1).lower;
        char nounGender = noun.endsWith("woman") ? 'F' : noun.endsWith("man") ? 'M' : 0;
        return pronoun.gender != 0 && (nounGender == 0 || nounGender == pronoun.gender);
    }

    private static boolean compatible(ExtractedActor a, char gender) {
        return gender == 0 || a.gender == 0 || a.gender == gender;
    }
}
