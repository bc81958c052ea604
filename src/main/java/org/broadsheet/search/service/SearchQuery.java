package org.broadsheet.search.service;

/**
 * What a reader asked for. The text is trimmed and cut to {@link #MAX_LENGTH} characters, so
 * an over-long query is answered rather than refused.
 */
public record SearchQuery(String text, int page, int pageSize) {

    public static final int MAX_LENGTH = 200;

    public SearchQuery {
        text = text.strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, MAX_LENGTH).strip();
        }
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and page size start at 1");
        }
    }

    public boolean isBlank() {
        return text.isEmpty();
    }
}
