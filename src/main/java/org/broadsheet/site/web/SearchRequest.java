package org.broadsheet.site.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * The search page's parameters as typed in the address bar: anything at all. A year that is
 * not a plausible year is ignored rather than refused.
 */
record SearchRequest(
        String text, @Nullable String section, @Nullable Integer year) {

    static SearchRequest parse(@Nullable String q, @Nullable String section, @Nullable String year) {
        return new SearchRequest(
                q == null ? "" : q, section == null || section.isBlank() ? null : section.strip(), year(year));
    }

    private static @Nullable Integer year(@Nullable String year) {
        if (year == null || !year.strip().matches("\\d{4}")) {
            return null;
        }
        int value = Integer.parseInt(year.strip());
        return value >= 1900 && value <= 2999 ? value : null;
    }

    /** This search's address without a page number, for the pager. */
    String url(@Nullable String knownSection) {
        StringBuilder url = new StringBuilder("/search?q=").append(encode(text.strip()));
        if (knownSection != null) {
            url.append("&section=").append(encode(knownSection));
        }
        if (year != null) {
            url.append("&year=").append(year);
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
