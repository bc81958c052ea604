package org.broadsheet.site.service;

import org.jspecify.annotations.Nullable;

/** New site-wide settings, as an admin typed them. */
public record SettingsChanges(
        String siteName,
        @Nullable String tagline,
        String cookieNoticeText,
        String cookiePolicyUrl,
        String timezone,
        int pageSize,
        @Nullable String publicUrl) {}
