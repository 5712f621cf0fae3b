package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Asides between a speaker and the verb: "X, who has swum in the Wye since childhood, said", "X, a partner at Y
 * Capital, which has not invested, said" (the "which" is about Y, inside X's aside), "Tom Hardy, 47, said". An aside
 * after a group that names members ("European leaders, including X and Y, said") gives the members as the speakers
 * ({@code named-members}).
 */
final class AsideSkipper extends SpeakerReader {

    static final String MEMBERS_RULE = "named-members";
    static final String KNOWN_AS_RULE = "known-as";

    /** Words that open an aside after its comma (a title word or an age opens one too). */
    private static final Set<String> OPENERS = WordLists.set("aside-openers");
    /** "Tom Baker, her rival, said": a possessive opens an aside too. */
    private static final Set<String> POSSESSIVE_DETERMINERS = WordLists.set("possessive-determiners");

    /** Where the walk goes on before the aside, or the members it names (then the walk stops). */
    record Aside(int before, Attribution members) {
    }


    AsideSkipper(SpeakerResolver speakers) {
        super(speakers);
    }

    /** The aside closed by the mark at {@code closer}, if a mention stands right before it; else null. */
    Aside endingAt(int closer, int sentenceStart) {
        int opener = opener(closer, sentenceStart);
        Attribution knownAs = knownAs(opener, closer);
        if (knownAs != null) {
            return new Aside(opener - 1, knownAs);
        }
        // "X, a partner at Y Capital, which has not invested, said": "which" is about Y, inside X's aside
        // (and "Dr X, a nephrologist at a hospital in Leeds, who was not involved, said": "who" is about X)
        Mention inner = opener > sentenceStart ? mentions.at(opener - 1) : null;
        if (inner != null && (tok(opener + 1).is("which") && inner.type != Mention.Type.NAME
                || tok(opener + 1).is("who") && (inner.type == Mention.Type.NAME && !speakers.fullName(inner)
                || inner.type == Mention.Type.VAGUE))) {
            int outer = opener(opener, sentenceStart);
            if (outer > sentenceStart && mentions.at(outer - 1) != null
                    && mentions.at(outer - 1).type == Mention.Type.NAME) {
                opener = outer;
            }
        }
        int before = opener - 1;
        // "Gwen Llewelyn, 74, from Llanelli, who has waited 26 months, told": where she is from, before the aside
        Mention place = mentions.at(before);
        if (place != null && place.from - 3 > sentenceStart && tok(place.from - 1).is("from") && tok(place.from - 2).is(",")) {
            before = place.from - 3;
        }
        // "Tom Hardy, 47, who has swum in the Wye since childhood, said": an age before the aside
        if (opener > sentenceStart + 2 && isAge(before) && tok(before - 1).is(",")) {
            before -= 2;
        }
        if (opener <= sentenceStart) {
            return null;
        }
        if (mentions.at(before) == null) {
            // "Janet Orcutt, a retired teacher, whose policy was cancelled, said": asides in a row
            return tok(opener).is(",") && (tok(before).word || tok(before).is(".")) ? endingAt(opener, sentenceStart) : null;
        }
        List<ExtractedActor> named = namedMembers(opener, closer);
        Mention group = mentions.at(before);
        if (!named.isEmpty() && group.type == Mention.Type.GROUP) {
            return new Aside(before, new Attribution(named, group.from, MEMBERS_RULE, null));
        }
        return new Aside(before, null);
    }

    /** The mark opening the aside closed at {@code closer} (its twin, or for a comma one before an aside word). */
    private int opener(int closer, int sentenceStart) {
        Token c = tok(closer);
        String want = c.is(")") ? "(" : c.text;
        for (int k = closer - 1; k > sentenceStart; k--) {
            Token t = tok(k);
            if (t.text.equals(want) || (want.equals(",") && t.is(","))) {
                Token next = tok(k + 1);
                if (want.equals(",") && (statesAbbreviation(k + 1, closer) || mentions.at(k) != null)) {
                    // "a retired teacher in Hamilton, Mont., said", "a deputy secretary at the Department of Climate
                    // Change, Energy, the Environment and Water, told": the comma inside a place or a name
                    continue;
                }
                if (want.equals(",") && !(OPENERS.contains(next.lower) || POSSESSIVE_DETERMINERS.contains(next.lower) || isAge(k + 1)
                        || next.titleWord() || NamedMentions.partyAndPlace(next) || possessiveName(k + 1))) {
                    return -1;
                }
                return k;
            }
        }
        return -1;
    }

    /** "Mont." of "Hamilton, Mont.,", closing the aside: a state's abbreviation after a town. */
    private boolean statesAbbreviation(int k, int closer) {
        Token t = tok(k);
        return k + 2 == closer && t.word && t.capitalised() && tok(k + 1).is(".") && tok(k - 2) != null
                && tok(k - 2).capitalised();
    }

    /**
     * "Jim Watts, Ms Ellis's husband, said", "the finance minister, Sinn Féin’s Clodagh Rafferty, said": a possessive
     * name opens an aside.
     */
    private boolean possessiveName(int k) {
        Mention m = mentions.at(k);
        return m != null && m.from == k && (m.type == Mention.Type.NAME || m.type == Mention.Type.ORGANISATION)
                && MentionScanner.possessive(tok(m.to - 1));
    }

    /** "Tom Hardy, 47, said": an age in apposition. */
    private boolean isAge(int k) {
        Token t = tok(k);
        Token next = tok(k + 1);
        return t != null && t.text.length() <= 3 && t.text.chars().allMatch(Character::isDigit) && next != null
                && next.is(",");
    }

    /**
     * "The prime minister's office, known as Matignon, said": the name the aside gives a body that the words before it
     * only describe is the speaker ({@value #KNOWN_AS_RULE}).
     */
    private Attribution knownAs(int opener, int closer) {
        if (opener < 1 || !tok(opener + 1).is("known") || !tok(opener + 2).is("as") || mentions.at(opener - 1) != null
                || !tok(opener - 1).word || tok(opener - 1).capitalised()) {
            return null;
        }
        Mention name = mentions.at(opener + 3);
        if (name == null || name.from != opener + 3 || name.to != closer
                || name.type != Mention.Type.NAME && name.type != Mention.Type.ORGANISATION) {
            return null;
        }
        int from = opener - 1;
        while (from > 0 && tok(from - 1).word && mentions.at(from - 1) == null && !tok(from - 1).is("said")) {
            if (tok(from - 1).is("of") || tok(from - 1).is("for") || tok(from - 1).is("to")) {
                return null; // "The parents of the schoolgirl, known as Child Q, said": the name is the schoolgirl's
            }
            from--;
        }
        ExtractedActor body = name.actor() != null ? name.actor()
                : mentions.actorFor(name.surface.replaceFirst("^(?i)the ", ""), ActorKind.ORGANIZATION, name.surface);
        return new Attribution(List.of(body), from, KNOWN_AS_RULE, null);
    }

    /** "including X and Y": the people the aside names. */
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
}
