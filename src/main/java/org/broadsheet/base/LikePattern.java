package org.broadsheet.base;

import java.util.Locale;

/**
 * A SQL LIKE pattern that finds text anywhere, case-insensitively, with the user's own {@code %},
 * {@code _} and {@code \} taken literally. Queries using it declare {@code escape '\'} and compare
 * against a lower-cased column.
 */
public final class LikePattern {

    private LikePattern() {}

    public static String containing(String text) {
        return "%"
                + text.strip()
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_") + "%";
    }
}
