package org.broadsheet.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL slugs: lower-case ASCII letters, digits and single hyphens. */
public final class Slugs {

    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";
    public static final int MAX_LENGTH = 120;

    private static final Pattern VALID = Pattern.compile(PATTERN);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private Slugs() {}

    /** "Evo's return: La Paz, año 2026" → "evos-return-la-paz-ano-2026". */
    public static String slugify(String text) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        String slug = NON_ALNUM
                .matcher(folded.toLowerCase(Locale.ROOT).replace("'", "").replace("’", ""))
                .replaceAll("-");
        slug = trimHyphens(slug);
        if (slug.length() > MAX_LENGTH) {
            slug = trimHyphens(slug.substring(0, MAX_LENGTH));
        }
        return slug;
    }

    public static boolean isValid(String slug) {
        return slug.length() <= MAX_LENGTH && VALID.matcher(slug).matches();
    }

    /** Refuses, as a {@code slug} field error, anything {@link #isValid} refuses. */
    public static void requireValid(String slug) {
        if (!isValid(slug)) {
            throw new DomainException.ValidationFailed("slug", "Use lower-case letters, digits and single hyphens");
        }
    }

    private static String trimHyphens(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '-') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '-') {
            end--;
        }
        return s.substring(start, end);
    }
}
