package org.broadsheet.site.service;

import org.broadsheet.site.domain.SiteSettings;

/** The settings' limits for forms; they live on {@link SiteSettings}. */
public final class SettingsLimits {

    public static final int SITE_NAME_MAX_LENGTH = SiteSettings.SITE_NAME_MAX_LENGTH;
    public static final int TAGLINE_MAX_LENGTH = SiteSettings.TAGLINE_MAX_LENGTH;
    public static final int COOKIE_NOTICE_MAX_LENGTH = SiteSettings.COOKIE_NOTICE_MAX_LENGTH;
    public static final int URL_MAX_LENGTH = SiteSettings.URL_MAX_LENGTH;
    public static final int PAGE_SIZE_MIN = SiteSettings.PAGE_SIZE_MIN;
    public static final int PAGE_SIZE_MAX = SiteSettings.PAGE_SIZE_MAX;
    public static final int PUBLIC_URL_MAX_LENGTH = SiteSettings.PUBLIC_URL_MAX_LENGTH;

    private SettingsLimits() {}
}
