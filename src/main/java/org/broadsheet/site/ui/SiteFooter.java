package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/** The foot of every public page: sections, feeds, and the pages about the site. */
public class SiteFooter extends Footer {

    public static final String ABOUT_URL = "/page/about";
    public static final String FEED_URL = "/feed.xml";

    /** @param menu the editors' footer links; empty: the site's own pages, feed and sitemap */
    public SiteFooter(SiteIdentity site, SectionTree sections, List<MenuLink> menu) {
        addClassName("site-footer");
        UnorderedList sectionLinks = new UnorderedList();
        for (SectionSummary section : sections.roots()) {
            sectionLinks.add(new ListItem(new Anchor(section.url(), section.name())));
        }
        UnorderedList siteLinks = menu.isEmpty()
                ? new UnorderedList(
                        new ListItem(new Anchor(ABOUT_URL, "About us")),
                        new ListItem(new Anchor("/corrections", "Corrections")),
                        new ListItem(new Anchor(site.cookiePolicyUrl(), "Cookie policy")),
                        new ListItem(new Anchor(FEED_URL, "Atom feed")),
                        new ListItem(new Anchor("/sitemap.xml", "Sitemap")))
                : new UnorderedList(menu.stream()
                        .map(link -> new ListItem(SiteHeader.anchor(link)))
                        .toArray(ListItem[]::new));
        add(column("Sections", sectionLinks), column(site.siteName(), siteLinks));
        Paragraph powered = new Paragraph("Published with Broadsheet");
        powered.addClassName("powered-by");
        add(powered);
    }

    private static Nav column(String heading, UnorderedList links) {
        Nav nav = new Nav(new H2(heading), links);
        nav.getElement().setAttribute("aria-label", heading);
        return nav;
    }
}
