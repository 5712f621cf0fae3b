package io.stancegraph.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How far to trust the speakers a rule chose: the share of statements whose speakers that rule named rightly on
 * news annotated by hand before the extractor saw it ({@code extraction/attribution-confidence.tsv}, made by
 * {@code bin/stancegraph evaluate --confidence-table} from both such sets together). A rule is looked up whole
 * ({@code subject-before-cue/pronoun:last-speaker}), then by its speaker rule alone ({@code subject-before-cue/*}),
 * then the default ({@code *}). A title that several known actors hold names none of them (nor "he" going on with it):
 * the speaker is unknown, so the confidence is 0 and the speaker is shown as doubtful whatever the table says. A
 * guessed speaker ({@link #guessed}) takes its own row's figure, else the lowest the table gives a guess, and is shown
 * as doubtful whatever the row says: the text does not tell who spoke.
 * A statement that goes on with the speaker of a doubtful one ("He added", a quotation that follows, "and added") is
 * no surer than it: its rule names the one it goes on with after {@value #AFTER}
 * ({@code floating-quote+after:subject-before-cue/title:prominent-person}), and the lower figure of the two counts.
 */
public final class AttributionConfidence {

    static final String TABLE = "/extraction/attribution-confidence.tsv";
    /** Below this a statement's speakers are shown as doubtful (the database's {@code speaker_doubtful}). */
    public static final double DOUBTFUL_BELOW = 0.8;
    /** The most a guessed speaker is trusted: just below {@link #DOUBTFUL_BELOW}. */
    static final double HIGHEST_GUESS = 0.79;
    /** Between a statement's own rule and the rule of the doubtful statement it goes on with. */
    public static final String AFTER = "+after:";

    private static final List<String> GUESSES = List.of("title:" + TitleResolver.GUESS,
            DescriptorMentions.RULE + ":" + DescriptorMentions.GUESS, PronounMentions.RULE + ":" + MentionResolver.GENDER_GUESS,
            FloatingQuote.AFTER_ANOTHER_SOURCE, CueAfterQuote.REPLY_GUESS, NameReadShort.MARK,
            ArticleActors.OWNER_UNKNOWN);
    private static final Map<String, Double> CONFIDENCE = load();
    private static final double GUESS = CONFIDENCE.entrySet().stream()
            .filter(row -> guessed(row.getKey())).mapToDouble(Map.Entry::getValue).min().orElse(0);

    private AttributionConfidence() {
    }

    /** The confidence for a statement's speaker rule, between 0 and 1. */
    public static double of(String speakerRule) {
        // An office spoke, but who held it is not known: the speaker is someone the reader is not told.
        if (TitleResolver.holderUnknown(speakerRule)) {
            return 0;
        }
        if (speakerRule == null) {
            return CONFIDENCE.get("*");
        }
        int after = speakerRule.indexOf(AFTER);
        if (after >= 0) {
            return Math.min(of(speakerRule.substring(0, after)), of(speakerRule.substring(after + AFTER.length())));
        }
        String rule = speakerRule.replace("+with-whom", "");
        if (guessed(rule)) {
            // the guess's own figure, if the annotated news had enough of it, but shown as doubtful whatever it is
            return Math.min(CONFIDENCE.getOrDefault(rule, GUESS), HIGHEST_GUESS);
        }
        return lookUp(rule);
    }

    /**
     * Whether a rule's speaker is a guess: a title's prominent person, or the person named last where the article gave
     * no way to tell which of several was meant (an age, a pronoun of a gender the person's name does not show, "she
     * replied" naming the one replied to).
     */
    static boolean guessed(String rule) {
        return rule != null && GUESSES.stream().anyMatch(rule::contains);
    }

    /**
     * The rule that a statement going on with the speakers of one found by {@code continued} is found by: its own, and
     * after {@value #AFTER} the weaker part of the other's when that is shown as doubtful, so that a chain of
     * continuations names two rules at most.
     */
    static String goingOn(String rule, String continued) {
        if (continued == null || rule.contains(AFTER)) {
            return rule;
        }
        String weakest = continued;
        int after = continued.indexOf(AFTER);
        if (after >= 0) {
            String own = continued.substring(0, after);
            String before = continued.substring(after + AFTER.length());
            weakest = of(own) <= of(before) ? own : before;
        }
        return of(weakest) < DOUBTFUL_BELOW ? rule + AFTER + weakest : rule;
    }

    /** The rule's row, else its speaker rule's ({@code subject-before-cue/*}), else the default. */
    private static double lookUp(String rule) {
        Double whole = CONFIDENCE.get(rule);
        if (whole != null) {
            return whole;
        }
        int slash = rule.indexOf('/');
        Double family = CONFIDENCE.get((slash < 0 ? rule : rule.substring(0, slash)) + "/*");
        return family != null ? family : CONFIDENCE.get("*");
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
