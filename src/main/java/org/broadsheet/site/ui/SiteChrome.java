package org.broadsheet.site.ui;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.function.Supplier;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * The header and footer every page shows, written once for what they show rather than on every
 * render: building and writing them was about a tenth of an article page's render. A page holds a
 * placeholder element where each goes, and the written HTML takes its place. Kept by value, and
 * by the very section tree, which is a new one after any change to the sections.
 */
final class SiteChrome {

    static final String HEADER_SLOT = "bs-site-header";
    static final String FOOTER_SLOT = "bs-site-footer";

    /** What a header or footer (its slot) shows. */
    private record Shows(String slot, SiteIdentity site, SectionTree sections, List<MenuLink> menu) {}

    /** A few sites' worth: old entries are of section trees or settings no page uses any more. */
    private static final Cache<Shows, String> WRITTEN =
            Caffeine.newBuilder().maximumSize(16).build();

    private SiteChrome() {}

    /** The header for a page without a search text in its box. */
    static String header(SiteIdentity site, SectionTree sections, List<MenuLink> menu) {
        return written(
                new Shows(HEADER_SLOT, site, sections, menu),
                () -> new SiteHeader(site, sections, menu, "").getElement());
    }

    static String footer(SiteIdentity site, SectionTree sections, List<MenuLink> menu) {
        return written(
                new Shows(FOOTER_SLOT, site, sections, menu), () -> new SiteFooter(site, sections, menu).getElement());
    }

    private static String written(Shows shows, Supplier<Element> element) {
        return WRITTEN.get(shows, key -> SitePage.written(element.get()));
    }

    static String slot(String name) {
        return "<" + name + "></" + name + ">";
    }
}
