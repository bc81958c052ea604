package org.broadsheet.content.service;

import java.time.Instant;
import java.util.List;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;

/**
 * An article ready to render: the body is sanitized, the section trail runs from the top-level
 * section down to the article's own.
 */
public record PublishedArticle(
        long id,
        String title,
        String slug,
        @Nullable String standfirst,
        String bodyHtml,
        List<SectionSummary> sectionTrail,
        List<Byline> bylines,
        List<TagSummary> tags,
        Instant publishedAt,
        Instant updatedAt,
        String url,
        @Nullable FeaturedImage featuredImage,
        @Nullable String metaDescription,
        @Nullable String socialTitle) {

    /** What search engines and link previews show: the editors' override, else the standfirst. */
    public @Nullable String description() {
        return metaDescription == null || metaDescription.isBlank() ? standfirst : metaDescription;
    }

    /** Whether the article changed after it was first published (editors fix things). */
    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt.plusSeconds(60));
    }

    public SectionSummary section() {
        return sectionTrail.getLast();
    }
}
