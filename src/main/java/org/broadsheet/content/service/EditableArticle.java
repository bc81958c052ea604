package org.broadsheet.content.service;

import java.time.Instant;
import org.broadsheet.content.ArticleStatus;
import org.jspecify.annotations.Nullable;

/**
 * An article as the editor opens it. {@code version} is what a save must name: a save made
 * from an older version is refused as a conflict instead of overwriting someone's work.
 *
 * @param url the public address, which exists for readers only while it is published
 */
public record EditableArticle(
        long id,
        long version,
        ArticleDraft draft,
        ArticleStatus status,
        @Nullable Instant publishedAt,
        @Nullable Instant scheduledAt,
        @Nullable Instant unpublishAt,
        Instant updatedAt,
        String url,
        boolean inTrash) {}
