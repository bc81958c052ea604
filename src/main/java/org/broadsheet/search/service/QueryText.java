package org.broadsheet.search.service;

import java.util.Locale;

/**
 * What of a typed query reaches the index: words only. Letters and digits in any script stay;
 * every other character (quotes, operators, wildcards, brackets, control characters) becomes a
 * space, so nothing typed can change the shape of the query.
 */
final class QueryText {

    private QueryText() {}

    static String clean(String typed) {
        return typed.replaceAll("[^\\p{L}\\p{N}'’]+", " ")
                .replaceAll("(^|\\s)['’]+|['’]+(\\s|$)", " ")
                .strip()
                .replaceAll("\\s+", " ");
    }

    /** A query typed in double quotes asks for the words in that order. */
    static boolean isPhrase(String typed) {
        String t = typed.strip();
        return t.length() > 2 && t.startsWith("\"") && t.endsWith("\"") && clean(t).contains(" ");
    }

    static boolean isSingleWord(String typed) {
        String words = clean(typed);
        return !words.isEmpty() && !words.contains(" ");
    }

    static String lastWord(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        int space = lower.lastIndexOf(' ');
        return lower.substring(space + 1).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
