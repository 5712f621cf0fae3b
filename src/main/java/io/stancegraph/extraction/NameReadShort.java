package io.stancegraph.extraction;

import java.util.Set;

/**
 * A name that more of a name runs on from: "Grid Electricity Distribution" read out of "National Grid Electricity
 * Distribution", "Wales" out of "Transport for Wales", "UK Centre for Ecology" before "& Hydrology", "BBC Radio" before
 * "4's Today programme". The name as read may be someone else, or no one, so a speaker found through it is shown as
 * doubtful: its mention rule ends in {@value #MARK}.
 */
final class NameReadShort extends TokenReader {

    static final String MARK = "+read-short";

    /**
     * Words inside a name before its last part: "Transport for Wales", "Save the Children", "Ecology & Hydrology",
     * "Monitoring Mission in Ukraine".
     */
    private static final Set<String> JOINERS = Set.of("for", "of", "&", "the", "in");

    private final MentionIndex mentions;

    NameReadShort(ArticleIndex index, MentionIndex mentions) {
        super(index);
        this.mentions = mentions;
    }

    /** Marks each name, organisation and country that a name goes on from. */
    void mark() {
        for (Mention m : mentions.mentions) {
            if (named(m) && !tok(m.from).inQuote() && (goesOnAfter(m) || goesOnBefore(m))) {
                m.rule = m.rule + MARK;
            }
        }
    }

    private static boolean named(Mention m) {
        return m.type == Mention.Type.NAME || m.type == Mention.Type.ORGANISATION || m.type == Mention.Type.COUNTRY
                || m.type == Mention.Type.SPOKESPERSON;
    }

    /** "… Ecology & Hydrology", "BBC Radio 4's", "… Distribution Network": a word of a name right after it. */
    private boolean goesOnAfter(Mention m) {
        Token next = tok(m.to);
        if (next == null || next.sentence != tok(m.to - 1).sentence || mentions.at(m.to) != null) {
            return false;
        }
        // "Sir Keir’s Government": a possessive ends the name
        return !tok(m.to - 1).possessive() && (next.is("&") || next.capitalised() && !next.titleWord()
                || Character.isDigit(next.text.charAt(0)) && next.possessive());
    }

    /**
     * "National Grid …": a capitalised word before it that no other mention takes; "Transport for Wales": a
     * capitalised word joined to it by "for", "of" or "&" that is not a title ("Minister for Wales" is read as one).
     */
    private boolean goesOnBefore(Mention m) {
        Token before = tok(m.from - 1);
        if (before == null || before.sentence != tok(m.from).sentence || !opensWithName(m)) {
            return false;
        }
        if (JOINERS.contains(before.text) && m.from >= 2) {
            // "The U.N. Human Rights Monitoring Mission in Ukraine said": an organisation's name runs on through "in"
            Mention owner = mentions.at(m.from - 2);
            return nameWord(m.from - 2) || before.is("in") && owner != null
                    && (owner.type == Mention.Type.ORGANISATION || owner.type == Mention.Type.NAME);
        }
        return nameWord(m.from - 1) && !before.possessive() && !before.honorific() && before.country() == null;
    }

    /**
     * A capitalised word that no mention has taken as someone, that is no word opening a sentence as any word may
     * ("But Kettering", "Yesterday the BBC").
     */
    private boolean nameWord(int token) {
        Token t = tok(token);
        Mention owner = mentions.at(token);
        return t.capitalised() && (owner == null || owner.type == Mention.Type.NAME && owner.actors.isEmpty())
                && !(opensSentence(token) && NameReader.isStopWord(t));
    }

    /** "But Kettering", "Yesterday Nato": a capitalised word that opens the sentence may be any word. */
    private boolean opensSentence(int token) {
        Token previous = tok(token - 1);
        return previous == null || previous.sentence != tok(token).sentence || !previous.word;
    }

    /**
     * Whether the mention opens with the name itself: "Professor Nia Evans" and "… Manufacturers president Rajiv
     * Oberoi" open with what the person is, so what comes before them is not part of the name.
     */
    static boolean opensWithName(Mention m) {
        ExtractedActor a = m.actor();
        if (a == null) {
            return true;
        }
        String surface = m.surface.replaceFirst("^(?i)(the|a|an) ", "");
        return surface.startsWith(a.name.split(" ")[0]);
    }
}
