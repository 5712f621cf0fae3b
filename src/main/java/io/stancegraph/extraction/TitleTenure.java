package io.stancegraph.extraction;

import java.time.LocalDate;

/** An office held by an actor; from/to may be null when unknown (open). */
public record TitleTenure(String actor, String title, LocalDate from, LocalDate to) {
    public boolean covers(LocalDate day) {
        if (day == null) {
            return true;
        }
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /**
     * Whether the office, held on the day, is the one a title in an article names ("the president" is the President
     * of France; "the French president" too): one comparison for every register, in memory or stored.
     */
    public boolean isNamedBy(String titleInArticle, LocalDate day) {
        return covers(day) && TitleLexicon.titlesMatch(TitleLexicon.normaliseTitle(titleInArticle),
                TitleLexicon.normaliseTitle(title));
    }
}
