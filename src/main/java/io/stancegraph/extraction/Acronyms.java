package io.stancegraph.extraction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The name an acronym stands for, spelt out somewhere in the same article: "the HSE" after "Health and Safety
 * Executive inspector Neil Garside", "the NFEM" after "the Nigerian Foreign Exchange Market (NFEM)". The spelt-out
 * name's capitalised words give the acronym's letters in order; "and", "of", "for", "the" and "&" between them give
 * none. Nothing spelt out, nothing found: an acronym is not guessed at.
 */
final class Acronyms extends TokenReader {

    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{3,6}");
    /** Words inside a name that give its acronym no letter. */
    private static final Set<String> SILENT = Set.of("and", "of", "for", "the", "&", "on", "in");

    private final Map<String, String> spelt = new HashMap<>();

    Acronyms(ArticleIndex index) {
        super(index);
    }

    /** "(DGAC)": an acronym in brackets opening at {@code open}; its text, or null. */
    static String bracketedAt(List<Token> tokens, int open) {
        if (open < 0 || open + 2 >= tokens.size() || !tokens.get(open).is("(") || !tokens.get(open + 2).is(")")) {
            return null;
        }
        String word = tokens.get(open + 1).text;
        return isAcronym(word) ? word : null;
    }

    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** The name the acronym stands for in this article, or null. */
    String spelt(String acronym) {
        return isAcronym(acronym) ? spelt.computeIfAbsent(acronym, this::find) : null;
    }

    private String find(String acronym) {
        String bracketed = "";
        for (int i = 0; i < index.tokens.size(); i++) {
            // "the Directorate General for Civil Aviation (DGAC)": a name in another language's word order
            if (bracketed.isEmpty() && acronym.equals(bracketedAt(index.tokens, i))) {
                bracketed = nameBefore(i);
            }
            Token first = tok(i);
            if (first.word && first.capitalised() && first.text.charAt(0) == acronym.charAt(0)
                    && !first.text.equals(acronym) && !NameReader.isStopWord(first)) {
                int end = spellsFrom(i, acronym);
                if (end > 0) {
                    return index.text(i, end);
                }
            }
        }
        return bracketed;
    }

    /** The capitalised name right before the bracket at {@code open}, "of", "for", "and" and "the" inside it. */
    private String nameBefore(int open) {
        int start = open;
        while (start > 0 && tok(start - 1).paragraph == tok(open).paragraph && (tok(start - 1).word
                && tok(start - 1).capitalised() && !NameReader.isStopWord(tok(start - 1))
                || SILENT.contains(tok(start - 1).lower) && start < open)) {
            start--;
        }
        // "the Interior Ministry and the Directorate General for Civil Aviation (DGAC)": from the acronym's first letter
        char first = tok(open + 1).text.charAt(0);
        while (start < open && (!tok(start).capitalised() || tok(start).is("the") || tok(start).text.charAt(0) != first)) {
            start++;
        }
        // "Ewan McCallum (SNP)": after a person's name the brackets give the party
        boolean organisation = false;
        for (int k = start; k < open; k++) {
            organisation |= Gazetteer.ORGANISATION_WORDS.contains(tok(k).text);
        }
        return open - start >= 2 && organisation ? index.text(start, open) : "";
    }

    /**
     * "the Medicines and Healthcare products Regulatory Agency (MHRA)": an organisation read short right before an
     * acronym in brackets that its whole name spells out, lower-case words inside it giving no letter, is the whole
     * name's organisation, wherever the article names it.
     */
    static void lengthenNamesReadShort(MentionIndex mentions) {
        Acronyms acronyms = new Acronyms(mentions.index);
        Map<ExtractedActor, ExtractedActor> whole = new HashMap<>();
        for (Mention m : mentions.mentions) {
            String acronym = bracketedAt(mentions.index.tokens, m.to);
            if (m.type != Mention.Type.ORGANISATION || m.actor() == null || acronym == null) {
                continue;
            }
            int start = m.from;
            while (start > Math.max(0, m.from - 8) && acronyms.spells(start, acronym, true) != m.to) {
                start--;
            }
            // "The Royal College of Nursing (RCN) Wales said": the place after the brackets ends the name
            Mention place = mentions.at(m.to + 3);
            boolean placed = place != null && place.from == m.to + 3 && place.to == place.from + 1
                    && (place.type == Mention.Type.COUNTRY
                    || place.type == Mention.Type.NAME && !acronyms.tok(place.from).titleWord())
                    && acronyms.tok(place.to) != null && acronyms.tok(place.to).lemma != null
                    && !acronyms.tok(place.to).capitalised(); // "(RCN) Wales said", not "(FA) Cup final"
            boolean longer = start < m.from && acronyms.spells(start, acronym, true) == m.to;
            if (longer || placed) {
                String name = (longer ? acronyms.index.text(start, m.to) : m.actor().name)
                        + (placed ? " " + place.surface : "");
                // a name read short is that organisation wherever the article writes it; a place after the brackets
                // ("RCN Wales") and a name read inside the whole one change only these mentions
                ExtractedActor a = longer && !placed ? mentions.actors.lengthened(m.actor(), name)
                        : mentions.actors.actorFor(Gazetteer.organisationName(name), ActorKind.ORGANIZATION, name);
                if (longer && !placed) {
                    whole.put(m.actor(), a);
                }
                for (int k = longer ? start : m.from; k < m.from; k++) {
                    Mention inside = mentions.at(k);
                    if (inside != null && inside.from >= start - 1 && inside.actor() != null
                            && inside.actor().kind == ActorKind.ORGANIZATION) {
                        inside.actors.clear();
                        inside.actors.add(a);
                    }
                }
                for (Mention at : placed ? List.of(m, place) : List.of(m)) {
                    at.actors.clear();
                    at.actors.add(a);
                }
            }
        }
        for (Mention m : mentions.mentions) {
            m.actors.replaceAll(a -> whole.getOrDefault(a, a));
        }
    }

    /** Where the name spelling the acronym out from {@code from} ends, or -1. */
    private int spellsFrom(int from, String acronym) {
        return spells(from, acronym, false);
    }

    /** Where the name spelling the acronym out from {@code from} ends, or -1; {@code lowerCase}: lower-case words inside it give no letter. */
    private int spells(int from, String acronym, boolean lowerCase) {
        if (!tok(from).capitalised() || NameReader.isStopWord(tok(from))) {
            return -1;
        }
        int letter = 0;
        int k = from;
        while (letter < acronym.length()) {
            Token t = tok(k);
            if (t == null || t.paragraph != tok(from).paragraph) {
                return -1;
            }
            if (letter > 0 && (SILENT.contains(t.lower) || lowerCase && t.word) && !t.capitalised()) {
                k++;
            } else if (t.word && t.capitalised() && t.text.charAt(0) == acronym.charAt(letter) && !t.possessive()) {
                letter++;
                k++;
            } else {
                return -1;
            }
        }
        // the whole name: no capitalised word runs on after the last letter
        Token next = tok(k);
        return next != null && next.word && next.capitalised() && next.paragraph == tok(from).paragraph ? -1 : k;
    }
}
