package org.broadsheet.content.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What choosing related articles reads of a candidate, and all the list under a story shows of
 * the chosen: not the whole article (its body above all).
 */
public record RelatedCandidate(
        long id,
        long sectionId,
        Instant publishedAt,
        String title,
        @Nullable String standfirst,
        String slug) {}
