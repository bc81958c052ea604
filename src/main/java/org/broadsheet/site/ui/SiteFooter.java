package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import java.util.List;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/** The foot of every public page: sections, feeds, and the pages about the site. */
public class SiteFooter extends Footer {

    public static final String ABOUT_URL = "/page/about";
    public static final String FEED_URL = "/feed.xml";

    /** @param menu the editors' footer links; empty: the site's own pages, feed and sitemap */
    public SiteFooter(SiteIdentity site, SectionTree sections, List<MenuLink> menu) {
        addClassName("site-footer");
        Element sectionLinks = PlainElements.list(sections.roots().stream()
                .map(section -> PlainElements.link(section.url(), section.name()))
                .toList());
        Element siteLinks = PlainElements.list(
                menu.isEmpty()
                        ? List.of(
                                PlainElements.link(ABOUT_URL, "About us"),
                                PlainElements.link("/corrections", "Corrections"),
                                PlainElements.link(site.cookiePolicyUrl(), "Cookie policy"),
                                PlainElements.link(FEED_URL, "Atom feed"),
                                PlainElements.link("/sitemap.xml", "Sitemap"))
                        : menu.stream().map(SiteHeader::anchor).toList());
        add(column("Sections", sectionLinks), column(site.siteName(), siteLinks));
        Paragraph powered = new Paragraph("Published with Broadsheet");
        powered.addClassName("powered-by");
        add(powered);
    }

    private static Nav column(String heading, Element links) {
        Nav nav = new Nav();
        nav.getElement().appendChild(new Element("h2").setText(heading), links);
        nav.getElement().setAttribute("aria-label", heading);
        return nav;
    }
}
