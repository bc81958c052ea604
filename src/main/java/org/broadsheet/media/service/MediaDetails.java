package org.broadsheet.media.service;

import org.jspecify.annotations.Nullable;

/** What the newsroom says about a picture: its text alternative (or that it needs none), caption, credit and focal point. */
public record MediaDetails(
        @Nullable String description,
        boolean decorative,
        @Nullable String caption,
        @Nullable String credit,
        float focalX,
        float focalY) {}
