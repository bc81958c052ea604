package org.broadsheet.content.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * An article's entry under one of its tags, with the date the tag's page lists it by: its
 * publication, or its creation until then. Kept by {@link Article}.
 */
@Embeddable
record TagListing(
        @Column(name = "tag_id", nullable = false) long tagId,
        @Column(name = "listed_at", nullable = false) Instant listedAt) {}
