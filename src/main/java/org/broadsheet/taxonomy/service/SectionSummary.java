package org.broadsheet.taxonomy.service;

import org.jspecify.annotations.Nullable;

/** A section as other features see it. {@code path} is the URL path without slashes around it. */
public record SectionSummary(
        long id,
        String name,
        String slug,
        String path,
        @Nullable Long parentId,
        int position,
        @Nullable String description) {

    public String url() {
        return "/" + path;
    }

    public int depth() {
        return (int) path.chars().filter(c -> c == '/').count();
    }
}
