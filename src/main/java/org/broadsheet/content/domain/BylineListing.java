package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.broadsheet.content.ArticleStatus;

/**
 * One name in an article's byline, with the date the author's page lists the article by (its
 * publication, or its creation until then) and the article's status, so that the desk can count an
 * author's articles in one status from this table alone. Kept by {@link Article}.
 */
@Embeddable
record BylineListing(
        @Column(name = "author_id", nullable = false) long authorId,
        @Column(name = "listed_at", nullable = false) Instant listedAt,

        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
        ArticleStatus status) {}
