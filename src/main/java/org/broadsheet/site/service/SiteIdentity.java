package org.broadsheet.site.service;

import java.time.ZoneId;
import org.broadsheet.media.service.MediaView;
import org.jspecify.annotations.Nullable;

/** The settings every public page shows or obeys, with the logo and icon pictures when chosen. */
public record SiteIdentity(
        String siteName,
        @Nullable String tagline,
        String cookieNoticeText,
        String cookiePolicyUrl,
        ZoneId zone,
        int pageSize,
        @Nullable String publicUrl,
        @Nullable MediaView logo,
        @Nullable MediaView icon) {}
