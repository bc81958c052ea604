package org.broadsheet.site.service;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.broadsheet.site.domain.SiteSettings;
import org.broadsheet.site.domain.SiteSettingsRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class SiteSettingsService {

    private final SiteSettingsRepository settings;

    SiteSettingsService(SiteSettingsRepository settings) {
        this.settings = settings;
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public SiteIdentity identity() {
        SiteSettings s = settings.findById(SiteSettings.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("site_settings row 1 is missing"));
        return new SiteIdentity(s.getSiteName(), s.getTagline(), s.getCookieNoticeText(), s.getCookiePolicyUrl(),
                zone(s.getTimezone()), s.getPageSize());
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
