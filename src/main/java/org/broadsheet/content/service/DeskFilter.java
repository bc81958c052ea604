package org.broadsheet.content.service;

import org.broadsheet.content.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * The articles grid's filters; null means "any". A section includes the sections below it.
 */
public record DeskFilter(
        @Nullable ArticleStatus status,
        @Nullable Long sectionId,
        @Nullable Long authorId,
        @Nullable Long tagId) {

    public static final DeskFilter NONE = new DeskFilter(null, null, null, null);

    public boolean isEmpty() {
        return status == null && sectionId == null && authorId == null && tagId == null;
    }
}
