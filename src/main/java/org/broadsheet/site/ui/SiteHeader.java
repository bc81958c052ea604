package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
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
        Element list = new Element("ul");
        for (MenuLink link : menu) {
            Element item = new Element("li").appendChild(anchor(link));
            if (!link.children().isEmpty()) {
                item.appendChild(subSections(
                        link.children().stream().map(SiteHeader::anchor).toList()));
            }
            list.appendChild(item);
        }
        return nav(list);
    }

    private static Element subSections(List<Element> links) {
        Element children = PlainElements.list(links);
        children.getClassList().add("sub-sections");
        return children;
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
    static Element anchor(MenuLink link) {
        Element anchor = PlainElements.link(link.url(), link.label());
        if (link.external()) {
            anchor.setAttribute("rel", "noopener external");
        }
        return anchor;
    }

    private static Nav nav(Element list) {
        Nav nav = new Nav();
        nav.getElement().appendChild(list);
        nav.addClassName("sections");
        nav.getElement().setAttribute("aria-label", "Sections");
        return nav;
    }

    private static Nav navigation(SectionTree sections) {
        Element list = new Element("ul");
        for (SectionSummary section : sections.roots()) {
            Element item = new Element("li").appendChild(PlainElements.link(section.url(), section.name()));
            if (!sections.children(section.id()).isEmpty()) {
                item.appendChild(subSections(sections.children(section.id()).stream()
                        .map(child -> PlainElements.link(child.url(), child.name()))
                        .toList()));
            }
            list.appendChild(item);
        }
        return nav(list);
    }
}
