package org.broadsheet.content.service;

import org.jspecify.annotations.Nullable;

/** What a bulk action did to one article: done, or refused and why. */
public record BulkOutcome(
        long articleId,
        String title,
        boolean done,
        @Nullable String refusal) {

    static BulkOutcome done(long id, String title) {
        return new BulkOutcome(id, title, true, null);
    }

    static BulkOutcome refused(long id, String title, String why) {
        return new BulkOutcome(id, title, false, why);
    }
}
