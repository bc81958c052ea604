package org.broadsheet.site.service;

import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** The settings every public page shows or obeys. */
public record SiteIdentity(
        String siteName,
        @Nullable String tagline,
        String cookieNoticeText,
        String cookiePolicyUrl,
        ZoneId zone,
        int pageSize,
        @Nullable String publicUrl) {}
