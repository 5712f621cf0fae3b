package io.stancegraph.extraction;

import java.time.LocalDate;

/** A date with the precision the article gives it (a WEEK date is the Monday of that week, a MONTH date the 1st). */
public record FuzzyDate(LocalDate date, DatePrecision precision) {
    /** ISO form truncated to the precision: 2025-02-13, 2025-02 or 2025; a week keeps its Monday. */
    public String iso() {
        return switch (precision) {
            case DAY, WEEK -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> Integer.toString(date.getYear());
        };
    }
}
