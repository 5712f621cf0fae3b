package io.stancegraph.platform.sql;

import java.util.ArrayList;
import java.util.List;

import io.stancegraph.platform.LikePattern;

/**
 * The conditions of a filter, each one only when its value is given, with the value bound where it stands. A
 * condition is written with {@code ?} where the value goes; every {@code ?} in it stands for the same value.
 */
public final class Conditions {

    private final List<Sql> conditions = new ArrayList<>();

    /** Adds the condition when the value is not null. */
    public Conditions given(Object value, String condition) {
        if (value != null) {
            String[] pieces = condition.split("\\?", -1);
            List<Object> parts = new ArrayList<>(pieces.length * 2);
            parts.add(pieces[0]);
            for (int i = 1; i < pieces.length; i++) {
                parts.add(Sql.value(value));
                parts.add(pieces[i]);
            }
            conditions.add(Sql.of(parts.toArray()));
        }
        return this;
    }

    /** Adds the condition when the text is given, its value a pattern for {@code like} that finds the text. */
    public Conditions containing(String text, String condition) {
        return given(text == null ? null : LikePattern.containing(text), condition);
    }

    /** All the conditions given ({@code true} when there are none). */
    public Sql all() {
        return Sql.and(conditions);
    }
}
