package org.broadsheet.content.domain;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What choosing related articles reads of a candidate: not the whole article (its body above all),
 * since of the twenty or forty candidates only a handful are shown.
 */
public record RelatedCandidate(
        long id,
        long sectionId,
        Instant publishedAt,
        String title,
        @Nullable String standfirst) {}
