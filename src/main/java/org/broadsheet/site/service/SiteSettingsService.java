package org.broadsheet.site.service;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.KeptUntilChanged;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.base.ReadOnlyTransactions;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.site.domain.SiteSettings;
import org.broadsheet.site.domain.SiteSettingsRepository;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Site-wide settings: read on every page (held in memory), changed by admins. The public address
 * comes from {@code broadsheet.site-url} when configured; otherwise from the settings, where the
 * first request's address is kept once ({@link #adoptPublicUrl}) for an admin to check.
 */
@Service
public class SiteSettingsService {

    private static final Logger log = LoggerFactory.getLogger(SiteSettingsService.class);

    private final SiteSettingsRepository settings;
    private final @Nullable String configuredUrl;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MediaService media;
    private final ReadOnlyTransactions readOnly;
    private final KeptUntilChanged<SiteIdentity> cached = new KeptUntilChanged<>();

    SiteSettingsService(
            SiteSettingsRepository settings,
            BroadsheetProperties properties,
            AuditLog audit,
            ApplicationEventPublisher events,
            MediaService media,
            ReadOnlyTransactions readOnly) {
        this.settings = settings;
        this.media = media;
        this.readOnly = readOnly;
        this.configuredUrl = properties.siteUrl() == null
                        || properties.siteUrl().isBlank()
                ? null
                : PublicUrl.normalize(properties.siteUrl())
                        .orElseThrow(() -> new IllegalStateException("broadsheet.site-url must be an http or https "
                                + "address without a path, such as https://news.example.org; it is "
                                + properties.siteUrl()));
        this.audit = audit;
        this.events = events;
    }

    @PreAuthorize("permitAll()")
    public SiteIdentity identity() {
        return cached.get(() -> readOnly.call(() -> {
            SiteSettings s = load();
            return new SiteIdentity(
                    s.getSiteName(),
                    s.getTagline(),
                    s.getCookieNoticeText(),
                    s.getCookiePolicyUrl(),
                    zone(s.getTimezone()),
                    s.getPageSize(),
                    configuredUrl != null ? configuredUrl : s.getPublicUrl(),
                    picture(s.getLogoMediaId()),
                    picture(s.getIconMediaId()));
        }));
    }

    private @Nullable MediaView picture(@Nullable Long id) {
        return id == null ? null : media.find(id).orElse(null);
    }

    /**
     * Sets the logo and the icon, each a described picture of the library, or none.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPictures(@Nullable Long logoMediaId, @Nullable Long iconMediaId) {
        MediaView logo = picture(logoMediaId);
        if (logoMediaId != null && (logo == null || !logo.described())) {
            throw new DomainException.ValidationFailed(
                    "logo", "Choose a library picture with a description (readers who cannot see it hear the words)");
        }
        if (iconMediaId != null && picture(iconMediaId) == null) {
            throw new DomainException.ValidationFailed("icon", "That picture is no longer in the library");
        }
        SiteSettings s = load();
        s.setLogoMediaId(logoMediaId);
        s.setIconMediaId(iconMediaId);
        audit.record(
                "settings.pictures",
                "site-settings",
                "logo " + (logoMediaId == null ? "none" : "media:" + logoMediaId) + ", icon "
                        + (iconMediaId == null ? "none" : "media:" + iconMediaId));
        cached.changed();
        events.publishEvent(PublicContentChanged.everything());
    }

    /** Whether the public address is set by configuration, which the settings form then only shows. */
    @PreAuthorize("permitAll()")
    public boolean publicUrlConfigured() {
        return configuredUrl != null;
    }

    /**
     * Keeps the address the site was first reached at as its public address, when neither the
     * configuration nor an admin has set one; later requests never change it.
     *
     * @return the public address now in force
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String adoptPublicUrl(String origin) {
        String current = identity().publicUrl();
        if (current != null) {
            return current;
        }
        String url = PublicUrl.normalize(origin)
                .orElseThrow(() -> new DomainException.ValidationFailed("publicUrl", "Not a site address: " + origin));
        if (settings.adoptPublicUrl(SiteSettings.SINGLETON_ID, url) == 1) {
            log.warn(
                    "No broadsheet.site-url is configured: every absolute link now starts with {}, the address "
                            + "of the first request. Check it under Settings in the desk, or set BROADSHEET_SITE_URL.",
                    url);
            audit.record("settings.public-url", "site-settings", "taken from the first request: " + url);
        }
        cached.changed();
        return Objects.requireNonNullElse(load().getPublicUrl(), url);
    }

    /** The settings as stored, time zone included by its id, for the settings form. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public SettingsChanges current() {
        return asChanges(load());
    }

    /** Validates and saves new settings; every public page shows them at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(SettingsChanges changes) {
        String name = changes.siteName().strip();
        if (name.isEmpty() || name.length() > SiteSettings.SITE_NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "siteName",
                    "A site name is required, at most " + SiteSettings.SITE_NAME_MAX_LENGTH + " characters");
        }
        String tagline = changes.tagline() == null || changes.tagline().isBlank()
                ? null
                : changes.tagline().strip();
        if (tagline != null && tagline.length() > SiteSettings.TAGLINE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "tagline", "A tagline has at most " + SiteSettings.TAGLINE_MAX_LENGTH + " characters");
        }
        String notice = changes.cookieNoticeText().strip();
        if (notice.isEmpty() || notice.length() > SiteSettings.COOKIE_NOTICE_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "cookieNoticeText",
                    "The cookie notice needs a text of at most " + SiteSettings.COOKIE_NOTICE_MAX_LENGTH
                            + " characters");
        }
        String policy = changes.cookiePolicyUrl().strip();
        boolean local = policy.startsWith("/") && !policy.startsWith("//");
        if (!(local || policy.startsWith("https://"))
                || policy.length() > SiteSettings.URL_MAX_LENGTH
                || policy.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new DomainException.ValidationFailed(
                    "cookiePolicyUrl", "Use a page of this site (/page/cookie-policy) or an https address");
        }
        try {
            ZoneId.of(changes.timezone());
        } catch (DateTimeException e) {
            throw new DomainException.ValidationFailed("timezone", "Choose a time zone such as Europe/London");
        }
        if (changes.pageSize() < SiteSettings.PAGE_SIZE_MIN || changes.pageSize() > SiteSettings.PAGE_SIZE_MAX) {
            throw new DomainException.ValidationFailed(
                    "pageSize",
                    "Show between " + SiteSettings.PAGE_SIZE_MIN + " and " + SiteSettings.PAGE_SIZE_MAX
                            + " articles per page");
        }
        String publicUrl = changes.publicUrl() == null || changes.publicUrl().isBlank()
                ? null
                : PublicUrl.normalize(changes.publicUrl())
                        .orElseThrow(() -> new DomainException.ValidationFailed(
                                "publicUrl",
                                "The address readers use, such as https://news.example.org, without a path"));
        SiteSettings s = load();
        String before = asChanges(s).toString();
        s.change(name, tagline, notice, policy, changes.timezone(), changes.pageSize());
        if (configuredUrl == null && publicUrl != null) {
            s.setPublicUrl(publicUrl);
        }
        cached.changed();
        audit.record("settings.update", "site-settings", before + " → " + changes);
        events.publishEvent(PublicContentChanged.everything());
    }

    private SettingsChanges asChanges(SiteSettings s) {
        return new SettingsChanges(
                s.getSiteName(),
                s.getTagline(),
                s.getCookieNoticeText(),
                s.getCookiePolicyUrl(),
                s.getTimezone(),
                s.getPageSize(),
                configuredUrl != null ? configuredUrl : s.getPublicUrl());
    }

    private SiteSettings load() {
        return settings.findById(SiteSettings.SINGLETON_ID)
                .orElseThrow(() -> new IllegalStateException("site_settings row 1 is missing"));
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }

    /** Whatever declares everything on the site changed (a restore) also replaced what is kept here. */
    @EventListener
    void onEverythingChanged(PublicContentChanged change) {
        if (change.keys().contains(PublicContentChanged.EVERYTHING)) {
            cached.changed();
            return;
        }
        SiteIdentity shown = identity();
        for (MediaView picture : java.util.Arrays.asList(shown.logo(), shown.icon())) {
            if (picture != null && change.keys().contains(PublicContentChanged.media(picture.id()))) {
                // the logo or icon was replaced or re-cropped: every page shows it
                cached.changed();
                events.publishEvent(PublicContentChanged.everything());
                return;
            }
        }
    }
}
