package org.broadsheet.content.service;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a new article starts with. {@code publishedAt} may date a published one in the past. */
public record NewArticle(
        String title,
        String slug,
        @Nullable String standfirst,
        String body,
        long sectionId,
        List<Long> authorIds,
        Set<Long> tagIds,
        ArticleStatus status,
        @Nullable Instant publishedAt,
        @Nullable Instant scheduledAt) {}
