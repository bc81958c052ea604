package org.broadsheet.site.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;

/** Site name and tagline, and the top-level sections. */
public class SiteHeader extends Header {

    public SiteHeader(SiteIdentity site, SectionTree sections) {
        addClassName("site-header");
        Anchor name = new Anchor("/", site.siteName());
        name.addClassName("site-name");
        add(name);
        if (site.tagline() != null && !site.tagline().isBlank()) {
            Paragraph tagline = new Paragraph(site.tagline());
            tagline.addClassName("tagline");
            add(tagline);
        }
        Nav nav = new Nav();
        nav.addClassName("sections");
        nav.getElement().setAttribute("aria-label", "Sections");
        UnorderedList list = new UnorderedList();
        for (SectionSummary section : sections.roots()) {
            list.add(new ListItem(new Anchor(section.url(), section.name())));
        }
        nav.add(list);
        add(nav);
    }
}
