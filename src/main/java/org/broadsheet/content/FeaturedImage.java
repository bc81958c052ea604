package org.broadsheet.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/** The picture at the top of an article, with the words that must go with it. */
@Embeddable
public record FeaturedImage(
        @Column(name = "featured_image_url", length = 500) @Nullable
        String url,

        @Column(name = "featured_image_alt", length = 300) @Nullable
        String alt,

        @Column(name = "featured_image_caption", length = 300) @Nullable
        String caption,

        @Column(name = "featured_image_credit", length = 200) @Nullable
        String credit,

        /** The library picture it shows, whose variants the site offers; none for a plain address. */
        @Column(name = "featured_image_media_id") @Nullable Long mediaId) {

    /** A picture at an address, not from the library. */
    public FeaturedImage(
            @Nullable String url, @Nullable String alt, @Nullable String caption, @Nullable String credit) {
        this(url, alt, caption, credit, null);
    }

    /** A library picture, described by its own text alternative. */
    public static FeaturedImage of(MediaView picture) {
        return new FeaturedImage(picture.largest().fallback(), picture.description(), null, null, picture.id());
    }
}
