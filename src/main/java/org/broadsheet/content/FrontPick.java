package org.broadsheet.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.jspecify.annotations.Nullable;

/**
 * A story placed on a front by the editors, with the headline and library picture shown for it
 * there only (none: the article's own).
 */
@Embeddable
public record FrontPick(
        @Column(name = "article_id", nullable = false) long articleId,
        @Column(name = "headline", length = 200) @Nullable String headline,
        @Column(name = "media_id") @Nullable Long mediaId) {

    public static FrontPick of(long articleId) {
        return new FrontPick(articleId, null, null);
    }
}
