package org.broadsheet.site.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.jspecify.annotations.Nullable;

/** The one row of site-wide settings (id 1, created by the first migration). */
@Entity
public class SiteSettings {

    public static final long SINGLETON_ID = 1L;
    public static final int SITE_NAME_MAX_LENGTH = 100;
    public static final int TAGLINE_MAX_LENGTH = 200;
    public static final int COOKIE_NOTICE_MAX_LENGTH = 1000;
    public static final int PAGE_SIZE_MIN = 5;
    public static final int PAGE_SIZE_MAX = 100;
    public static final int URL_MAX_LENGTH = 500;
    public static final int PUBLIC_URL_MAX_LENGTH = 200;

    @Id
    private long id = SINGLETON_ID;

    @Column(nullable = false, length = SITE_NAME_MAX_LENGTH)
    private String siteName = "";

    @Column(length = TAGLINE_MAX_LENGTH)
    private @Nullable String tagline;

    @Column(nullable = false, length = COOKIE_NOTICE_MAX_LENGTH)
    private String cookieNoticeText = "";

    @Column(nullable = false, length = 500)
    private String cookiePolicyUrl = "";

    @Column(nullable = false, length = 60)
    private String timezone = "UTC";

    @Column(nullable = false)
    private int pageSize = 20;

    @Column(length = PUBLIC_URL_MAX_LENGTH)
    private @Nullable String publicUrl;

    /** The library picture shown in place of the site's name; none: the name in type. */
    private @Nullable Long logoMediaId;

    /** The library picture browsers show for the site; none: one drawn from the name. */
    private @Nullable Long iconMediaId;

    protected SiteSettings() {}

    public String getSiteName() {
        return siteName;
    }

    public @Nullable String getTagline() {
        return tagline;
    }

    public String getCookieNoticeText() {
        return cookieNoticeText;
    }

    public String getCookiePolicyUrl() {
        return cookiePolicyUrl;
    }

    public String getTimezone() {
        return timezone;
    }

    public int getPageSize() {
        return pageSize;
    }

    public @Nullable String getPublicUrl() {
        return publicUrl;
    }

    public void setPublicUrl(@Nullable String publicUrl) {
        this.publicUrl = publicUrl;
    }

    public void change(
            String siteName,
            @Nullable String tagline,
            String cookieNoticeText,
            String cookiePolicyUrl,
            String timezone,
            int pageSize) {
        this.siteName = siteName;
        this.tagline = tagline;
        this.cookieNoticeText = cookieNoticeText;
        this.cookiePolicyUrl = cookiePolicyUrl;
        this.timezone = timezone;
        this.pageSize = pageSize;
    }

    public @Nullable Long getLogoMediaId() {
        return logoMediaId;
    }

    public void setLogoMediaId(@Nullable Long logoMediaId) {
        this.logoMediaId = logoMediaId;
    }

    public @Nullable Long getIconMediaId() {
        return iconMediaId;
    }

    public void setIconMediaId(@Nullable Long iconMediaId) {
        this.iconMediaId = iconMediaId;
    }
}
