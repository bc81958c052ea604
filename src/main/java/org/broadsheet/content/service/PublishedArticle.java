package org.broadsheet.content.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.broadsheet.content.FeaturedImage;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.Byline;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.TagSummary;
import org.jspecify.annotations.Nullable;

/**
 * An article ready to render: the body is sanitized, the section trail runs from the top-level
 * section down to the article's own. {@code picture} is the featured picture's library entry, when
 * it comes from the library: its variants and current words; {@code bodyPictures} are the library
 * pictures the body shows, by id.
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
        @Nullable String socialTitle,
        @Nullable MediaView picture,
        Map<Long, MediaView> bodyPictures,
        List<Correction> corrections) {

    /** What search engines and link previews show: the editors' override, else the standfirst. */
    public @Nullable String description() {
        return metaDescription == null || metaDescription.isBlank() ? standfirst : metaDescription;
    }

    /** The picture's address at its largest, if it has one: for search engines. */
    public @Nullable String imageUrl() {
        if (picture != null) {
            return picture.largest().fallback();
        }
        return featuredImage == null ? null : featuredImage.url();
    }

    /** The picture for link previews: the library picture's social card, cropped around its focal point. */
    public @Nullable String shareImageUrl() {
        return picture != null ? picture.socialCard() : imageUrl();
    }

    /** Whether the article changed after it was first published (editors fix things). */
    public boolean wasUpdated() {
        return updatedAt.isAfter(publishedAt.plusSeconds(60));
    }

    public SectionSummary section() {
        return sectionTrail.getLast();
    }
}
