package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.site.ui.SiteFrame;
import org.broadsheet.taxonomy.service.SectionService;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Builds the {@link PageContext} of a request. */
@Component
class PageContexts {

    private final SiteSettingsService settings;
    private final SectionService sections;

    PageContexts(SiteSettingsService settings, SectionService sections) {
        this.settings = settings;
        this.sections = sections;
    }

    PageContext of(HttpServletRequest request) {
        String baseUrl =
                ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new PageContext(
                new SiteFrame(settings.identity(), sections.tree(), CookieConsent.of(request), path), baseUrl);
    }
}
