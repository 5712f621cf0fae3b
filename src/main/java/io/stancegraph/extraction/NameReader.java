package io.stancegraph.extraction;

import java.util.Set;

/**
 * Reads a name: the honorifics before it ("Professor Sir Stephen Powis", "Mr. Whitcomb") and its capitalised words,
 * with particles ("Ursula von der Leyen"), initials ("J. K. Rowling"), "of"/"for" and "and" inside organisation
 * names ("Department of Health and Social Care"), and a possessive opening a charity's name ("Alzheimer’s Research
 * UK"). A stop word ("The", "Meanwhile"), or a participle opening the sentence ("Jailing him ..."), is no name.
 */
final class NameReader extends TokenReader {

    static final Set<String> STOP = WordLists.set("name-stop-words");
    private static final Set<String> PARTICLES = WordLists.set("name-particles");
    /** Owners of an organisation's name that are no person: "People's Party", "Women's Aid". */
    private static final Set<String> PEOPLE_WORDS = WordLists.set("organisation-owner-words");
    private static final Set<String> HYPHENATED_PARTICLES = WordLists.set("name-particles-hyphenated");
    /** Stop words that are also first names: "Mark my words" but "Mark Flekken said". */
    private static final Set<String> FIRST_NAMES_IN_STOP = WordLists.set("name-stop-words-first-names");
    private static final Set<String> PARTICIPLE_OBJECTS = WordLists.set("participle-objects");
    /** Last words of organisations' names that open with a possessive: "Alzheimer’s Research UK", "Women’s Aid". */
    static final Set<String> POSSESSIVE_NAME_ENDINGS = WordLists.set("possessive-name-endings");
    private static final java.util.regex.Pattern PLACED = java.util.regex.Pattern.compile(
            ".+-(based|listed|headquartered|registered)");
    private static final Set<String> CONTRACTION_ENDINGS = Set.of("ve", "re", "ll", "m", "t", "d");

    /** A name: the last honorific (or null) and where the honorifics start; the name's tokens [start, end). */
    record Name(String honorific, int honorificStart, int start, int end) {
        boolean isEmpty() {
            return end == start;
        }
    }

    NameReader(ArticleIndex index) {
        super(index);
    }

    /** A capitalised word that opens no name by itself ("The", "Meanwhile", "Monday"), possessive ignored. */
    static boolean isStopWord(Token t) {
        return STOP.contains(t.base);
    }

    /** The name starting at {@code from}, within the paragraph; {@code titled} when a title comes before it. */
    Name read(int from, int paragraph, boolean titled) {
        String honorific = null;
        int nameStart = from;
        Token h = tok(nameStart);
        // "Professor Sir Stephen Powis": honorifics may stack; the last one belongs to the name's short forms
        while (h != null && h.capitalised() && h.honorific()) {
            // "Mr. Whitcomb", "Sen. Ochoa": the abbreviation's full stop belongs to it
            int next = tok(nameStart + 1) != null && tok(nameStart + 1).is(".") ? nameStart + 2 : nameStart + 1;
            // "Ms von der Leyen": a surname may open with a particle
            if (tok(next) == null || !(tok(next).capitalised() || opensSurname(next)) || !tok(next).word
                    || tok(next).paragraph != h.paragraph
                    || Gazetteer.countryOfWord(h.text + " " + tok(next).text) != null) {
                break; // "Sri Lanka" is no honorific and a name
            }
            honorific = h.text;
            nameStart = next;
            h = tok(nameStart);
        }
        // "the Accra-based Centre for Policy and Civic Research", "Singapore-listed Halcyon Precision": where it is
        // based or listed is no part of its name
        if (honorific == null && tok(nameStart + 1) != null && PLACED.matcher(tok(nameStart).lower).matches()
                && tok(nameStart + 1).capitalised() && tok(nameStart + 1).paragraph == paragraph) {
            nameStart++;
        }
        int nameEnd = nameEnd(nameStart, paragraph, titled || honorific != null);
        return new Name(honorific, from, nameStart, Portfolios.holderAfterBody(index.tokens, nameStart, nameEnd));
    }

    /** Where the name starting at {@code nameStart} ends; {@code introduced} after a title or an honorific. */
    private int nameEnd(int nameStart, int paragraph, boolean introduced) {
        int nameEnd = nameStart;
        boolean bridged = false;
        while (nameEnd < index.tokens.size()) {
            Token n = tok(nameEnd);
            if (nameEnd > nameStart && (n.is("’") || n.is("'")) && n.start == tok(nameEnd - 1).end
                    && tok(nameEnd - 1).text.endsWith("s") && possessiveOrganisationName(nameEnd + 1)) {
                nameEnd++; // "the Prison Governors’ Association": a plural possessive inside the name
                continue;
            }
            if (n.paragraph == paragraph && nameEnd > nameStart && ampersand(nameEnd)) {
                nameEnd++;
                continue;
            }
            if (n.paragraph == paragraph && nameEnd > nameStart && bridged && listInsideName(nameEnd)) {
                nameEnd += tok(nameEnd + 1).is("the") ? 2 : 1;
                continue;
            }
            if (n.paragraph != paragraph || !n.word) {
                break;
            }
            // "M. Ilangovan", "J. K. Rowling", "H.R. Manjunath": initials stay inside the name
            if (initial(nameEnd)) {
                nameEnd += 2;
                continue;
            }
            boolean bridge = bridge(nameStart, nameEnd, bridged);
            if (bridge || conjunction(nameEnd, bridged) || pairedOrganisationWords(nameStart, nameEnd)) {
                bridged |= bridge;
                nameEnd += tok(nameEnd + 1).is("the") ? 2 : 1;
                continue;
            }
            if (nameEnd > nameStart && n.honorific() && tok(nameEnd + 1) != null && tok(nameEnd + 1).is(".")) {
                // "State Sen. Karen Oyelaran": the honorific opens the name
                break;
            }
            if (!(capitalisedPart(nameStart, nameEnd) || particle(nameStart, nameEnd)
                    || introduced && nameEnd == nameStart && opensSurname(nameEnd))) {
                break;
            }
            if (nameEnd == nameStart && !introduced && notAName(nameEnd)) {
                break;
            }
            nameEnd++;
            // "Alzheimer’s Research UK"; "the Attorney General's Office", "the European People's Party": an office or a
            // people owning the organisation inside its name
            boolean owner = nameEnd - 1 == nameStart || n.titleWord() || PEOPLE_WORDS.contains(Token.withoutPossessive(n.text));
            if (MentionScanner.possessive(n) && !(owner && possessiveOrganisationName(nameEnd))) {
                break;
            }
        }
        return nameEnd;
    }

    /**
     * A capitalised word, a number after "number"/"no" ("Number 10"), or after the first word a particle joined by
     * a hyphen to a capitalised rest ("el-Sherbiny" of "Ahmed el-Sherbiny").
     */
    private boolean capitalisedPart(int nameStart, int k) {
        Token n = tok(k);
        return n.capitalised() || k > nameStart && (Character.isDigit(n.text.charAt(0))
                && (tok(k - 1).is("number") || tok(k - 1).is("no")) || hyphenatedParticle(n));
    }

    /** "el-Sherbiny", "al-Assad": a lower-case particle and a hyphen before the capitalised rest of a surname. */
    static boolean hyphenatedParticle(Token n) {
        int hyphen = n.text.indexOf('-');
        return hyphen > 0 && hyphen + 1 < n.text.length() && Character.isUpperCase(n.text.charAt(hyphen + 1))
                && HYPHENATED_PARTICLES.contains(n.text.substring(0, hyphen));
    }

    /** "von", "der": inside the name, before a capitalised word or another particle. */
    private boolean particle(int nameStart, int k) {
        return k > nameStart && opensSurname(k);
    }

    /** A particle before a capitalised word or another particle: "von" of "von der Leyen". */
    private boolean opensSurname(int k) {
        return PARTICLES.contains(tok(k).text) && tok(k + 1) != null
                && (tok(k + 1).capitalised() || PARTICLES.contains(tok(k + 1).text));
    }

    /**
     * "Office for National Statistics", "Department of Health": "of" or "for" after an organisation word, before a
     * capitalised word (or "the" and one), stays inside the name.
     */
    private boolean bridge(int nameStart, int k, boolean bridged) {
        Token n = tok(k);
        if (!(n.is("of") || n.is("for")) || k <= nameStart) {
            return false;
        }
        // "Directorate General for Civil Aviation"; "Office for the District of New Mexico", after a first bridge
        boolean organisation = Gazetteer.ORGANISATION_WORDS.contains(tok(k - 1).text)
                || k - 2 >= nameStart && tok(k - 1).text.equals("General") && Gazetteer.ORGANISATION_WORDS.contains(tok(k - 2).text)
                || bridged && n.is("of");
        return organisation && tok(k + 1) != null
                && (tok(k + 1).capitalised() || (tok(k + 1).is("the") && tok(k + 2) != null
                && tok(k + 2).capitalised()));
    }

    /** "Department of Health and Social Care": after a bridge, "and" between capitalised words stays inside. */
    private boolean conjunction(int k, boolean bridged) {
        Token next = tok(k + 1);
        return tok(k).is("and") && bridged && next != null && next.capitalised() && !next.honorific()
                && !isStopWord(next) && !next.has(WordClass.TITLE_HEAD);
    }

    /** "Marks & Spencer", "UK Centre for Ecology & Hydrology": an ampersand between capitalised words. */
    private boolean ampersand(int k) {
        Token next = tok(k + 1);
        return tok(k).is("&") && tok(k - 1).capitalised() && next != null && next.word && next.capitalised()
                && next.paragraph == tok(k).paragraph && !next.honorific() && !isStopWord(next);
    }

    /**
     * "Department for Environment, Food and Rural Affairs", "Department of Climate Change, Energy, the Environment and
     * Water": after a bridge, a comma before capitalised words that run on to "and" and a capitalised word stays inside
     * the name.
     */
    private boolean listInsideName(int k) {
        if (!tok(k).is(",")) {
            return false;
        }
        // one word between the commas, as in a department's list of portfolios, perhaps after "the"
        int j = k + 1;
        for (int items = 0; items < 4; items++) {
            if (tok(j) != null && tok(j).is("the")) {
                j++;
            }
            Token item = tok(j);
            Token after = tok(j + 1);
            if (item == null || after == null || after.paragraph != tok(k).paragraph || !item.word
                    || !item.capitalised() || item.honorific() || isStopWord(item) || item.possessive()
                    || Gazetteer.ORGANISATION_WORDS.contains(item.text) && !NamedMentions.NOT_ALONE.contains(item.text)) {
                return false;
            }
            if (after.is("and")) {
                return conjunction(j + 1, true);
            }
            if (!after.is(",")) {
                return false;
            }
            j += 2;
        }
        return false;
    }

    /**
     * "the Federal Mediation and Conciliation Service", "the Food and Drug Administration": after "the", "and"
     * joins capitalised words to the capitalised words of an organisation's head ("Service") within three words,
     * when the words before it are no name of their own (no head word, no country): one organisation's name.
     * People take no "the", and "the US and European Union" or "the Treasury and Bank of England" stay two.
     */
    private boolean pairedOrganisationWords(int nameStart, int k) {
        if (!tok(k).is("and") || k == nameStart || tok(nameStart - 1) == null || !tok(nameStart - 1).is("the")) {
            return false;
        }
        for (int j = nameStart; j < k; j++) {
            Token before = tok(j);
            if (!before.capitalised() || before.possessive() || Gazetteer.ORGANISATION_WORDS.contains(before.text)
                    || Gazetteer.countryOfWord(before.text) != null || Gazetteer.institution(before.text) != null) {
                return false;
            }
        }
        for (int j = k + 1; j <= k + 3 && tok(j) != null; j++) {
            Token after = tok(j);
            if (!after.word || !after.capitalised() || after.honorific() || isStopWord(after)
                    || after.has(WordClass.TITLE_HEAD) || Gazetteer.countryOfWord(after.text) != null) {
                return false;
            }
            if (Gazetteer.ORGANISATION_WORDS.contains(after.base)) {
                return j > k + 1;
            }
        }
        return false;
    }

    /** "M." of "M. Ilangovan", "H.R." of "H.R. Manjunath": initials and a full stop before another capitalised word. */
    private boolean initial(int k) {
        Token n = tok(k);
        return n.initials() && tok(k + 1) != null && tok(k + 1).is(".")
                && tok(k + 2) != null && tok(k + 2).word && tok(k + 2).capitalised()
                && tok(k + 2).paragraph == n.paragraph;
    }

    /**
     * The first word of a would-be name that is none: "Jailing him on Thursday, Sheriff X told ..." (a participle
     * opening the sentence), or a stop word unless it is also a first name before another capitalised word.
     */
    private boolean notAName(int k) {
        Token n = tok(k);
        Token next = tok(k + 1);
        if (n.lower.endsWith("ing") && next != null && PARTICIPLE_OBJECTS.contains(next.lower)
                || contraction(n)) {
            return true;
        }
        return isStopWord(n) && !(FIRST_NAMES_IN_STOP.contains(n.base) && next != null && next.capitalised()
                && !isStopWord(next));
    }

    /** "We've", "I'm", "Don't": a pronoun or verb run together with another, no name. */
    private static boolean contraction(Token n) {
        int apostrophe = Math.max(n.lower.lastIndexOf('\''), n.lower.lastIndexOf('’'));
        return apostrophe > 0 && CONTRACTION_ENDINGS.contains(n.lower.substring(apostrophe + 1));
    }

    /** "Alzheimer’s Research UK", "Children’s Society", "Women’s Aid": a possessive opening a charity's name. */
    private boolean possessiveOrganisationName(int k) {
        int end = k;
        while (tok(end) != null && tok(end).capitalised() && tok(end).word && !MentionScanner.possessive(tok(end))
                && end < k + 4) {
            end++;
        }
        return end > k && POSSESSIVE_NAME_ENDINGS.contains(tok(end - 1).text);
    }
}
