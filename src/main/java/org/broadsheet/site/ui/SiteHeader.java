package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/** Site name and tagline, a search box, and the sections with their sub-sections. */
public class SiteHeader extends Header {

    public SiteHeader(SiteIdentity site, SectionTree sections, String query) {
        addClassName("site-header");
        Anchor name = new Anchor("/", site.siteName());
        name.addClassName("site-name");
        Div masthead = new Div(name);
        masthead.addClassName("masthead");
        if (site.tagline() != null && !site.tagline().isBlank()) {
            Paragraph tagline = new Paragraph(site.tagline());
            tagline.addClassName("tagline");
            masthead.add(tagline);
        }
        Div top = new Div(masthead, new SearchBox(query, "site-search"));
        top.addClassName("header-top");
        add(top, navigation(sections));
    }

    private static Nav navigation(SectionTree sections) {
        Nav nav = new Nav();
        nav.addClassName("sections");
        nav.getElement().setAttribute("aria-label", "Sections");
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
        nav.add(list);
        return nav;
    }
}
