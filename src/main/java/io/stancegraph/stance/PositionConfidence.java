package io.stancegraph.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often a position of the extractor is right, by the confidence the timeline gives it: calibrated on news
 * annotated by hand before the assessor saw it ({@code stance/position-confidence.tsv}, made by
 * {@code bin/stancegraph evaluate-stance --gold … --confidence-table}). A row reads "from this raw confidence on,
 * this share was right"; the last row at or below a position's raw confidence applies.
 */
public final class PositionConfidence {

    static final String TABLE = "stance/position-confidence.tsv";

    private record Row(double rawFrom, double calibrated) {
    }

    private static final List<Row> ROWS = load();

    private PositionConfidence() {
    }

    /** The calibrated confidence of a period of the timeline, between 0 and 1. */
    public static double of(StanceTimeline.Period period) {
        return of(period.confidence());
    }

    /** The calibrated confidence for a raw confidence of the timeline. */
    public static double of(double raw) {
        double calibrated = ROWS.get(0).calibrated();
        for (Row row : ROWS) {
            if (raw >= row.rawFrom()) {
                calibrated = row.calibrated();
            }
        }
        return calibrated;
    }

    private static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        for (String line : WordLists.lines(TABLE)) {
            String[] cells = line.split("\t");
            try {
                Row row = new Row(Double.parseDouble(cells[0]), Double.parseDouble(cells[1]));
                if (!rows.isEmpty() && row.rawFrom() <= rows.get(rows.size() - 1).rawFrom()) {
                    throw new IllegalStateException(TABLE + ": rows must rise by raw confidence: " + line);
                }
                rows.add(row);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                throw new IllegalStateException(TABLE + ": \"" + line + "\" is not \"raw from<TAB>calibrated\"", e);
            }
        }
        if (rows.isEmpty() || rows.get(0).rawFrom() > 0) {
            throw new IllegalStateException(TABLE + " must start at raw confidence 0");
        }
        return List.copyOf(rows);
    }

    /** The table's text for calibrated shares by raw confidence bin, as {@link #TABLE} holds it. */
    public static String table(List<double[]> rawFromCalibratedRightTotal) {
        StringBuilder text = new StringBuilder("# raw from\tcalibrated\tright/total\n");
        for (double[] row : rawFromCalibratedRightTotal) {
            text.append(String.format(Locale.ROOT, "%.2f\t%.2f\t# %d/%d%n", row[0], row[1], (int) row[2], (int) row[3]));
        }
        return text.toString();
    }
}
