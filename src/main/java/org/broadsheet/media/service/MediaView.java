package org.broadsheet.media.service;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A picture as the desk and the site use it: what it is, what the newsroom says about it, and the
 * addresses of its variants.
 *
 * @param variants   from the narrowest up: each width's WebP and its JPEG or PNG twin
 * @param socialCard the 1200×630 (or smaller) crop around the focal point, for sharing
 */
public record MediaView(
        long id,
        String fileName,
        String contentType,
        int width,
        int height,
        long byteSize,
        @Nullable String description,
        boolean decorative,
        @Nullable String caption,
        @Nullable String credit,
        float focalX,
        float focalY,
        String uploadedBy,
        Instant createdAt,
        long version,
        List<Variant> variants,
        String socialCard) {

    /** One width of a picture, in a modern format and a fallback every browser reads. */
    public record Variant(int width, int height, String webp, String fallback) {}

    /** The social card's size, for {@code og:image:width} and {@code og:image:height}. */
    public java.awt.Dimension socialCardSize() {
        return MediaVariants.socialCardSize(width, height);
    }

    /** Whether it may go on an article: it has a text alternative, or is marked as needing none. */
    public boolean described() {
        return decorative || (description != null && !description.isBlank());
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("^/media/(\\d{1,18})/");

    /** The picture a {@code /media/{id}/…} address names, if it is one. */
    public static @Nullable Long idIn(String address) {
        java.util.regex.Matcher m = ADDRESS.matcher(address);
        return m.find() ? Long.valueOf(m.group(1)) : null;
    }

    /** The widest variant: what a browser without {@code srcset} gets. */
    public Variant largest() {
        return variants.getLast();
    }
}
