package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.broadsheet.content.ArticleStatus;

/**
 * An article's entry under one of its tags, with the date the tag's page lists it by (its
 * publication, or its creation until then) and the article's status, so that the desk can count a
 * tag's articles in one status from this table alone. Kept by {@link Article}.
 */
@Embeddable
record TagListing(
        @Column(name = "tag_id", nullable = false) long tagId,
        @Column(name = "listed_at", nullable = false) Instant listedAt,

        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 20)
        ArticleStatus status) {}
