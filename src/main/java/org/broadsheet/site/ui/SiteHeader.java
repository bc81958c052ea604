package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.site.service.MenuLink;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/** Site name and tagline, a search box, and the sections with their sub-sections. */
public class SiteHeader extends Header {

    /** @param menu the editors' header navigation; empty: the top-level sections and their sub-sections */
    public SiteHeader(SiteIdentity site, SectionTree sections, List<MenuLink> menu, String query) {
        addClassName("site-header");
        Anchor name = new Anchor("/", site.siteName());
        name.addClassName("site-name");
        if (site.logo() != null) {
            name.removeAll();
            name.add(logo(site.logo(), site.siteName()));
        }
        Div masthead = new Div(name);
        masthead.addClassName("masthead");
        if (site.tagline() != null && !site.tagline().isBlank()) {
            Paragraph tagline = new Paragraph(site.tagline());
            tagline.addClassName("tagline");
            masthead.add(tagline);
        }
        Div top = new Div(masthead, new SearchBox(query, "site-search"));
        top.addClassName("header-top");
        add(top, menu.isEmpty() ? navigation(sections) : navigation(menu));
    }

    private static Nav navigation(List<MenuLink> menu) {
        UnorderedList list = new UnorderedList();
        for (MenuLink link : menu) {
            ListItem item = new ListItem(anchor(link));
            if (!link.children().isEmpty()) {
                UnorderedList children = new UnorderedList();
                children.addClassName("sub-sections");
                link.children().forEach(child -> children.add(new ListItem(anchor(child))));
                item.add(children);
            }
            list.add(item);
        }
        return nav(list);
    }

    /** The logo, at most 64 pixels high; its text alternative is the site's name, which it stands for. */
    private static Image logo(MediaView picture, String siteName) {
        MediaView.Variant shown = picture.variants().stream()
                .filter(v -> v.height() >= 128)
                .findFirst()
                .orElse(picture.largest());
        Image logo = new Image(shown.fallback(), siteName);
        logo.addClassName("site-logo");
        logo.getElement().setAttribute("width", Integer.toString(Math.round(64f * picture.width() / picture.height())));
        logo.getElement().setAttribute("height", "64");
        return logo;
    }

    /** A menu's link; one to another site says so to browsers and keeps this page out of its reach. */
    static Anchor anchor(MenuLink link) {
        Anchor anchor = new Anchor(link.url(), link.label());
        if (link.external()) {
            anchor.getElement().setAttribute("rel", "noopener external");
        }
        return anchor;
    }

    private static Nav nav(UnorderedList list) {
        Nav nav = new Nav(list);
        nav.addClassName("sections");
        nav.getElement().setAttribute("aria-label", "Sections");
        return nav;
    }

    private static Nav navigation(SectionTree sections) {
        UnorderedList list = new UnorderedList();
        for (SectionSummary section : sections.roots()) {
            ListItem item = new ListItem(new Anchor(section.url(), section.name()));
            if (!sections.children(section.id()).isEmpty()) {
                UnorderedList children = new UnorderedList();
                children.addClassName("sub-sections");
                sections.children(section.id())
                        .forEach(child -> children.add(new ListItem(new Anchor(child.url(), child.name()))));
                item.add(children);
            }
            list.add(item);
        }
        return nav(list);
    }
}
