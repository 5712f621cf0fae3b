package io.stancegraph.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Resolves relative and absolute date expressions against the article's date, keeping the precision:
 * "on Wednesday" (the most recent Wednesday on or before the article date), "yesterday", "last week",
 * "on February 24", "in 2014".
 */
public final class DateResolver {

    /** "monday" -> MONDAY ... */
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();

    private DateResolver() {
    }

    static DayOfWeek weekday(String word) {
        return weekdayOfLower(word.toLowerCase(Locale.ROOT));
    }

    private static DayOfWeek weekdayOfLower(String w) {
        if (w.endsWith("’s") || w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        }
        return WEEKDAYS.get(w);
    }

    /** "February", "Feb", "Sept" -> FEBRUARY ... */
    private static final Map<String, Month> MONTHS = new HashMap<>();

    static {
        for (DayOfWeek d : DayOfWeek.values()) {
            WEEKDAYS.put(d.name().toLowerCase(Locale.ROOT), d);
        }
        for (Month m : Month.values()) {
            String name = m.name().charAt(0) + m.name().substring(1).toLowerCase(Locale.ROOT);
            MONTHS.put(name, m);
            MONTHS.put(name.substring(0, 3), m);
        }
        MONTHS.put("Sept", Month.SEPTEMBER);
    }

    static Month month(String word) {
        return MONTHS.get(word);
    }

    /** "march", "tuesday": a month's or a weekday's name, in lower case. */
    static boolean isMonthOrWeekday(String lower) {
        return WEEKDAYS.containsKey(lower) || (!lower.isEmpty()
                && MONTHS.containsKey(Character.toUpperCase(lower.charAt(0)) + lower.substring(1)));
    }

    /** Weekday without last/next: the most recent such day on or before the article date. */
    public static FuzzyDate weekday(DayOfWeek day, String modifier, LocalDate articleDate) {
        LocalDate d = articleDate.with(TemporalAdjusters.previousOrSame(day));
        if ("last".equals(modifier) && d.equals(articleDate)) {
            d = d.minusWeeks(1);
        } else if ("next".equals(modifier)) {
            d = articleDate.with(TemporalAdjusters.next(day));
        }
        return new FuzzyDate(d, DatePrecision.DAY);
    }

    /**
     * Resolves the date expression starting at token {@code i} of the index, or returns null.
     * Recognised: [on|last|next|this|throughout] Weekday, yesterday, today, last/this week|month|year,
     * Month Day [Year], Day Month [Year], in Year.
     */
    static FuzzyDate resolveAt(ArticleIndex index, int i, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        Token t = index.token(i);
        if (t == null || !t.word) {
            return null;
        }
        Token prev = index.token(i - 1);
        String modifier = prev != null ? prev.lower : "";
        DayOfWeek wd = weekdayOfLower(t.lower);
        if (wd != null) {
            return weekday(wd, modifier, articleDate);
        }
        FuzzyDate relative = relativeDate(t.lower, modifier, articleDate);
        if (relative != null) {
            return relative;
        }
        Month m = t.capitalised() ? month(t.text) : null;
        if (m != null) {
            return monthDate(index, i, m, modifier, articleDate);
        }
        if (isYear(t.text) && (modifier.equals("in") || modifier.equals("since"))) {
            return new FuzzyDate(LocalDate.of(Integer.parseInt(t.text), 1, 1), DatePrecision.YEAR);
        }
        return null;
    }

    /** yesterday, today, tonight, last/this week, last month, last year. */
    private static FuzzyDate relativeDate(String word, String modifier, LocalDate articleDate) {
        switch (word) {
            case "yesterday":
                return new FuzzyDate(articleDate.minusDays(1), DatePrecision.DAY);
            case "today":
            case "tonight":
                return new FuzzyDate(articleDate, DatePrecision.DAY);
            case "week":
                if (modifier.equals("last")) {
                    return new FuzzyDate(articleDate.minusWeeks(1).with(DayOfWeek.MONDAY), DatePrecision.WEEK);
                }
                if (modifier.equals("this")) {
                    return new FuzzyDate(articleDate.with(DayOfWeek.MONDAY), DatePrecision.WEEK);
                }
                return null;
            case "month":
                if (modifier.equals("last")) {
                    return new FuzzyDate(articleDate.minusMonths(1).withDayOfMonth(1), DatePrecision.MONTH);
                }
                return null;
            case "year":
                if (modifier.equals("last")) {
                    return new FuzzyDate(articleDate.minusYears(1).withDayOfYear(1), DatePrecision.YEAR);
                }
                return null;
            default:
                return null;
        }
    }

    /** Month Day [Year], Day Month [Year], in/since/last Month [Year]; the month's name at token {@code i}. */
    private static FuzzyDate monthDate(ArticleIndex index, int i, Month m, String modifier, LocalDate articleDate) {
        Token prev = index.token(i - 1);
        Token next = index.token(i + 1);
        if (next != null && isDayNumber(next.text)) {
            int year = yearAfter(index, i + 2);
            return dayOf(articleDate, m, Integer.parseInt(next.text), year);
        }
        if (prev != null && isDayNumber(prev.text)) {
            int year = yearAfter(index, i + 1);
            return dayOf(articleDate, m, Integer.parseInt(prev.text), year);
        }
        if (modifier.equals("in") || modifier.equals("since") || modifier.equals("last")) {
            int year = yearAfter(index, i + 1);
            LocalDate d = LocalDate.of(year > 0 ? year : articleDate.getYear(), m, 1);
            if (year <= 0 && d.isAfter(articleDate)) {
                d = d.minusYears(1);
            }
            return new FuzzyDate(d, DatePrecision.MONTH);
        }
        return null;
    }

    private static int yearAfter(ArticleIndex index, int i) {
        Token t = index.token(i);
        if (t != null && t.is(",")) {
            t = index.token(i + 1);
        }
        return t != null && isYear(t.text) ? Integer.parseInt(t.text) : -1;
    }

    /** One or two ASCII digits. */
    private static boolean isDayNumber(String s) {
        int n = s.length();
        return (n == 1 || n == 2) && isAsciiDigit(s.charAt(0)) && isAsciiDigit(s.charAt(n - 1));
    }

    /** 19xx or 20xx. */
    private static boolean isYear(String s) {
        return s.length() == 4 && (s.startsWith("19") || s.startsWith("20")) && isAsciiDigit(s.charAt(2))
                && isAsciiDigit(s.charAt(3));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static FuzzyDate dayOf(LocalDate articleDate, Month m, int day, int year) {
        try {
            LocalDate d = LocalDate.of(year > 0 ? year : articleDate.getYear(), m, day);
            if (year <= 0 && d.isAfter(articleDate.plusDays(7))) {
                d = d.minusYears(1);
            }
            return new FuzzyDate(d, DatePrecision.DAY);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
