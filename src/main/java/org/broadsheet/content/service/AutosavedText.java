package org.broadsheet.content.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Text the editor saved on its own and nobody saved for real.
 *
 * @param baseVersion the article version it was typed over: if the article moved on since,
 *                    restoring it means taking care not to undo someone else's save
 */
public record AutosavedText(
        @Nullable Long articleId,
        long baseVersion,
        String title,
        String slug,
        @Nullable String standfirst,
        String body,
        Instant savedAt) {}
