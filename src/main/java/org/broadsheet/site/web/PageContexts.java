package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.base.SystemActor;
import org.broadsheet.site.service.MenuService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.site.ui.SiteFrame;
import org.broadsheet.taxonomy.service.SectionService;
import org.springframework.stereotype.Component;

/** Builds the {@link PageContext} of a request. */
@Component
class PageContexts {

    private final SiteSettingsService settings;
    private final SectionService sections;
    private final MenuService menus;

    PageContexts(SiteSettingsService settings, SectionService sections, MenuService menus) {
        this.settings = settings;
        this.sections = sections;
        this.menus = menus;
    }

    PageContext of(HttpServletRequest request) {
        String baseUrl = publicBaseUrl(request);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageContext(
                new SiteFrame(
                        settings.identity(), sections.tree(), CookieConsent.of(request), path, menus.navigation()),
                baseUrl);
    }

    /**
     * The configured or kept public address: never the request's {@code Host}, which anyone can
     * forge and a cached page would then show every reader. Only the very first request of a site
     * without one lends its own address, once.
     */
    private String publicBaseUrl(HttpServletRequest request) {
        String known = settings.identity().publicUrl();
        if (known != null) {
            return known;
        }
        String origin = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        return SystemActor.call(() -> settings.adoptPublicUrl(origin));
    }
}
