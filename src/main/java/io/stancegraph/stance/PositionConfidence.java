package io.stancegraph.stance;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How often a position of the extractor is right, by the kind of evidence behind it: calibrated on news annotated
 * by hand before the assessor saw it ({@code stance/position-confidence.tsv}, made by
 * {@code bin/stancegraph evaluate-stance --gold … --confidence-table}).
 * <p>
 * The evidence classes are the ones that separated right from wrong on that news, where the timeline's own
 * confidence barely did: a stance that statements reported by two or more articles agree on is far more often right
 * than one resting on a single article, and a single article's opposition (often read through negation, conditions
 * or a rejected claim) less often than its support. A single article's MIXED stance shares the opposition's class: it
 * is read through the same contrasts and conditions, and is too rare (a few in two hundred positions) to be
 * calibrated on its own.
 */
public final class PositionConfidence {

    static final String TABLE = "stance/position-confidence.tsv";

    /** Every position falls in one class; the table gives each its share of right positions. */
    public enum EvidenceClass {
        CORROBORATED("corroborated"), ONE_ARTICLE_SUPPORTS("one-article SUPPORTS"),
        ONE_ARTICLE_OPPOSES_OR_MIXED("one-article OPPOSES or MIXED");

        private final String label;

        EvidenceClass(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** The class of a period: corroborated when two or more articles reported its evidence. */
        public static EvidenceClass of(StanceTimeline.Period period) {
            if (period.articles() >= 2) {
                return CORROBORATED;
            }
            return switch (period.stance()) {
                case OPPOSES, MIXED -> ONE_ARTICLE_OPPOSES_OR_MIXED;
                default -> ONE_ARTICLE_SUPPORTS;
            };
        }
    }

    private static final Map<EvidenceClass, Double> CALIBRATED = load();

    private PositionConfidence() {
    }

    /** The calibrated confidence of a period of the timeline, between 0 and 1. */
    public static double of(StanceTimeline.Period period) {
        return CALIBRATED.get(EvidenceClass.of(period));
    }

    private static Map<EvidenceClass, Double> load() {
        Map<EvidenceClass, Double> calibrated = new LinkedHashMap<>();
        for (String line : WordLists.lines(TABLE)) {
            String[] cells = line.split("\t");
            EvidenceClass evidenceClass = null;
            for (EvidenceClass candidate : EvidenceClass.values()) {
                if (candidate.label().equals(cells[0])) {
                    evidenceClass = candidate;
                }
            }
            try {
                if (evidenceClass == null) {
                    throw new IllegalStateException(TABLE + ": no evidence class \"" + cells[0] + "\"");
                }
                double share = Double.parseDouble(cells[1]);
                if (share < 0 || share > 1) {
                    throw new IllegalStateException(TABLE + ": a share is between 0 and 1: " + line);
                }
                calibrated.put(evidenceClass, share);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException(TABLE + ": \"" + line + "\" is not \"evidence class<TAB>calibrated\"", e);
            }
        }
        for (EvidenceClass evidenceClass : EvidenceClass.values()) {
            if (!calibrated.containsKey(evidenceClass)) {
                throw new IllegalStateException(TABLE + " has no row for \"" + evidenceClass.label() + "\"");
            }
        }
        return Map.copyOf(calibrated);
    }

    /** One row of the table: a class, its calibrated share, and the right and total positions it came from. */
    public record Row(EvidenceClass evidenceClass, double calibrated, long right, long total) {
    }

    /** The table's text, as {@link #TABLE} holds it. */
    public static String table(Iterable<Row> rows) {
        StringBuilder text = new StringBuilder("# evidence class\tcalibrated\tright/total\n");
        for (Row row : rows) {
            text.append(String.format(Locale.ROOT, "%s\t%.2f\t# %d/%d%n", row.evidenceClass().label(), row.calibrated(),
                    row.right(), row.total()));
        }
        return text.toString();
    }
}
