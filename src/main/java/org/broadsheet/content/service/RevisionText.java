package org.broadsheet.content.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The text a revision kept. */
public record RevisionText(
        long id,
        long articleId,
        Instant createdAt,
        String createdBy,
        String title,
        @Nullable String standfirst,
        String body) {}
