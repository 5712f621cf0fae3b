package io.stancegraph.platform;

import java.util.Locale;

/** A case-insensitive "contains" pattern for SQL LIKE, with the user's own % and _ taken literally. */
public final class LikePattern {

    private LikePattern() {
    }

    public static String containing(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
