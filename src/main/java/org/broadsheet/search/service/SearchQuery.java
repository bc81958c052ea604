package org.broadsheet.search.service;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asked for. The text is trimmed and cut to {@link #MAX_LENGTH} characters, so
 * an over-long query is answered rather than refused.
 *
 * @param sectionPath only articles in this section or below it, e.g. {@code americas}
 * @param year        only articles published in this year, in {@code zone}
 */
public record SearchQuery(
        String text, @Nullable String sectionPath, @Nullable Integer year, ZoneId zone, int page, int pageSize) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        if (sectionPath != null && sectionPath.isBlank()) {
            sectionPath = null;
        }
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
    }

    public static SearchQuery of(String text, ZoneId zone, int page, int pageSize) {
        return new SearchQuery(text, null, null, zone, page, pageSize);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
