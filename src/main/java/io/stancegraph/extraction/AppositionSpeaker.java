package io.stancegraph.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * "The Business Secretary, Rachel Okafor, told", "Its migration minister, Nikos Pappas, said", "one neighbour, the
 * retired trawlerman Malcolm Fenwick, puts it": a person's full name set off by commas after the description it
 * names is the speaker ({@code apposition}); with "X, Name, and Y, Name, said" both.
 */
final class AppositionSpeaker extends SpeakerReader {

    static final String RULE = "apposition";
    /** Prepositions whose object a description ends with ("a spokesman for", "an analyst at"). */
    private static final java.util.Set<String> OBJECT_PREPOSITIONS = WordLists.set("description-prepositions");


    AppositionSpeaker(SpeakerResolver speakers) {
        super(speakers);
    }

    /** The name in apposition closed by the comma at {@code closer}, or no one. */
    Attribution find(int closer, int sentenceStart, int cue) {
        Mention name = mentions.at(closer - 1);
        if (!tok(closer).is(",") || name == null || name.type != Mention.Type.NAME || name.to != closer
                || name.from - 1 <= sentenceStart || !speakers.fullName(name)) {
            return Attribution.NONE;
        }
        int opening = openingComma(name, sentenceStart);
        if (opening < 0) {
            return Attribution.NONE;
        }
        // the description before the opening comma: a few words, none of them a verb or a quotation
        int description = skipParenthesis(opening - 1, sentenceStart);
        int start = description;
        while (start > sentenceStart && description - start < 6 && !tok(start - 1).is(",")
                && !tok(start - 1).is("and") && !tok(start - 1).inQuote() && tok(start - 1).lemma == null) {
            start--;
        }
        Token head = tok(description);
        if (head == null || !head.word || head.inQuote() || head.lemma != null) {
            return Attribution.NONE;
        }
        Attribution resolved = speakers.resolve(name, cue);
        List<ExtractedActor> result = new ArrayList<>(resolved.speakers());
        int from = start;
        // "Turkey’s foreign minister, Selim Aydin, and the EU’s foreign policy chief, Kaja Lindqvist, said"
        if (start - 2 > sentenceStart && tok(start - 1).is("and") && tok(start - 2).is(",")) {
            Attribution partner = find(start - 2, sentenceStart, cue);
            if (!partner.isEmpty()) {
                for (ExtractedActor a : partner.speakers()) {
                    if (!result.contains(a)) {
                        result.add(0, a);
                    }
                }
                from = partner.from();
            }
        }
        return new Attribution(result, from, RULE, resolved.mentionRule());
    }

    /** "the Deputy Governor (Economic Policy), Dr Kabiru Danladi,": the word before a parenthesis that ends there. */
    private int skipParenthesis(int k, int sentenceStart) {
        if (!tok(k).is(")")) {
            return k;
        }
        for (int j = k - 1; j > sentenceStart && j > k - 8; j--) {
            if (tok(j).is("(")) {
                return j - 1;
            }
        }
        return k;
    }

    /**
     * The comma before the name, or before a description of the name's own ("one neighbour, the retired trawlerman
     * Malcolm Fenwick,"); -1 if there is none.
     */
    private int openingComma(Mention name, int sentenceStart) {
        int opening = name.from - 1;
        if (tok(opening).is(",")) {
            return opening;
        }
        int k = opening;
        while (k > sentenceStart && name.from - k < 6 && tok(k).word && !tok(k).capitalised() && !tok(k).inQuote()
                && tok(k).lemma == null && !tok(k).is("the") && !tok(k).is("a") && !tok(k).is("an")) {
            if (OBJECT_PREPOSITIONS.contains(tok(k).lower)) {
                // "Tom Reilly, a spokesman for Harbor Freightways, said": the name is whom he works for
                return -1;
            }
            k--;
        }
        if (k <= sentenceStart || k == opening || !(tok(k).is("the") || tok(k).is("a") || tok(k).is("an"))
                || !tok(k - 1).is(",")) {
            return -1;
        }
        return k - 1;
    }
}
