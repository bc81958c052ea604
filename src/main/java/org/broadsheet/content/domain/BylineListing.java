package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * One name in an article's byline, with the date the author's page lists the article by: its
 * publication, or its creation until then. Kept by {@link Article}.
 */
@Embeddable
record BylineListing(
        @Column(name = "author_id", nullable = false) long authorId,
        @Column(name = "listed_at", nullable = false) Instant listedAt) {}
