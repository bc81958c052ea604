package org.broadsheet.content.service;

import java.time.Instant;
import org.broadsheet.content.ArticleStatus;
import org.jspecify.annotations.Nullable;

/** One row of the desk's article grid. */
public record DeskArticleRow(
        long id,
        String title,
        String sectionPath,
        String authors,
        ArticleStatus status,
        Instant updatedAt,
        @Nullable Instant publishedAt,
        @Nullable Instant scheduledAt) {}
