package org.broadsheet.media.service;

import org.broadsheet.media.domain.MediaItem;
import org.jspecify.annotations.Nullable;

/** What the newsroom says about a picture: its text alternative (or that it needs none), caption, credit and focal point. */
public record MediaDetails(
        @Nullable String description,
        boolean decorative,
        @Nullable String caption,
        @Nullable String credit,
        float focalX,
        float focalY) {

    public static final int DESCRIPTION_MAX_LENGTH = MediaItem.DESCRIPTION_MAX_LENGTH;
    public static final int CAPTION_MAX_LENGTH = MediaItem.CAPTION_MAX_LENGTH;
    public static final int CREDIT_MAX_LENGTH = MediaItem.CREDIT_MAX_LENGTH;
}
