package io.stancegraph.tools;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import io.stancegraph.extraction.AttributionConfidence;

/**
 * The extractor's confidence table ({@code extraction/attribution-confidence.tsv}) from an evaluation: for each
 * speaker rule, the share of matched statements whose speakers it named rightly, smoothed as (right + 1) / (n + 2) so
 * that a rule seen a few times is not trusted fully. A rule seen fewer than five times takes its speaker rule's pooled
 * figure instead; the default row is the whole set's. Figures are rounded down, so that a rule measured just below
 * the doubtful threshold (0.8) is not shown above it.
 */
final class AttributionCalibration {

    static final int FEWEST = 5;

    private AttributionCalibration() {
    }

    static String table(Evaluator.Result result, String source) {
        Map<String, int[]> byRule = new TreeMap<>();
        Map<String, int[]> byFamily = new TreeMap<>();
        int[] all = new int[2];
        for (Evaluator.Pair m : result.matches()) {
            // a statement that goes on with a doubtful one counts under its own rule; the lower figure is taken at use
            String rule = m.predicted().speakerRule().replace("+with-whom", "").split(Pattern.quote(AttributionConfidence.AFTER))[0];
            boolean right = m.gold().speakers().equals(m.predicted().speakers());
            for (int[] counts : new int[][] { byRule.computeIfAbsent(rule, key -> new int[2]),
                    byFamily.computeIfAbsent(rule.split("/")[0] + "/*", key -> new int[2]), all }) {
                counts[0]++;
                counts[1] += right ? 1 : 0;
            }
        }
        StringBuilder table = new StringBuilder("# How often each speaker rule named the right speakers on " + source
                + "\n# rule\tconfidence\tright/matched (bin/stancegraph evaluate --confidence-table)\n");
        row(table, "*", all);
        byFamily.forEach((family, counts) -> row(table, family, counts));
        byRule.forEach((rule, counts) -> {
            if (counts[0] >= FEWEST && !rule.isEmpty()) {
                row(table, rule, counts);
            }
        });
        return table.toString();
    }

    private static void row(StringBuilder table, String rule, int[] counts) {
        table.append(rule).append('\t')
                .append(String.format(Locale.ROOT, "%.2f", Math.floor((counts[1] + 1.0) / (counts[0] + 2.0) * 100) / 100))
                .append('\t').append(counts[1]).append('/').append(counts[0]).append('\n');
    }
}
