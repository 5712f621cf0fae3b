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
}
