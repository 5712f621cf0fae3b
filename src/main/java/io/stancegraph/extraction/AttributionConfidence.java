package io.stancegraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * How far to trust the speakers a rule chose: the share of statements whose speakers that rule named rightly on
 * news annotated by hand before the extractor saw it ({@code extraction/attribution-confidence.tsv}, made by
 * {@code bin/stancegraph evaluate --confidence-table} from both such sets together). A rule is looked up whole
 * ({@code subject-before-cue/pronoun:last-speaker}), then by its speaker rule alone ({@code subject-before-cue/*}),
 * then the default ({@code *}). A title that several known actors hold names none of them (nor "he" going on with it):
 * the speaker is unknown, so the confidence is 0 and the speaker is shown as doubtful whatever the table says. A
 * statement that goes on with a guessed speaker ({@code +after-guess}: "He added", a quotation that follows) is no
 * surer than the guess: at most the lowest figure the table gives a guess, 0 when it gives none.
 */
public final class AttributionConfidence {

    static final String TABLE = "/extraction/attribution-confidence.tsv";

    private static final Map<String, Double> CONFIDENCE = load();
    private static final double GUESS = CONFIDENCE.entrySet().stream()
            .filter(row -> TitleResolver.guessed(row.getKey())).mapToDouble(Map.Entry::getValue).min().orElse(0);

    private AttributionConfidence() {
    }

    /** The confidence for a statement's speaker rule, between 0 and 1. */
    public static double of(String speakerRule) {
        // An office spoke, but who held it is not known: the speaker is someone the reader is not told.
        if (TitleResolver.holderUnknown(speakerRule)) {
            return 0;
        }
        if (speakerRule != null && speakerRule.contains(TitleResolver.AFTER_GUESS)) {
            return Math.min(GUESS, of(speakerRule.replace(TitleResolver.AFTER_GUESS, "")));
        }
        if (speakerRule != null) {
            String withoutPartner = speakerRule.replace("+with-whom", "");
            Double whole = CONFIDENCE.get(withoutPartner);
            if (whole != null) {
                return whole;
            }
            int slash = withoutPartner.indexOf('/');
            Double family = CONFIDENCE.get((slash < 0 ? withoutPartner : withoutPartner.substring(0, slash)) + "/*");
            if (family != null) {
                return family;
            }
        }
        return CONFIDENCE.get("*");
    }

    private static Map<String, Double> load() {
        Map<String, Double> table = new HashMap<>();
        try (InputStream in = AttributionConfidence.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException(TABLE + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                if (cells.length < 2 || table.put(cells[0], Double.valueOf(cells[1])) != null) {
                    throw new IllegalStateException(TABLE + ": \"" + line + "\" is not \"rule<TAB>confidence\" or repeats a rule");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!table.containsKey("*")) {
            throw new IllegalStateException(TABLE + " has no default row \"*\"");
        }
        return Map.copyOf(table);
    }
}
