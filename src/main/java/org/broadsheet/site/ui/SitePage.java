package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import org.broadsheet.site.service.SiteIdentity;
import org.broadsheet.taxonomy.service.SectionTree;

/**
 * A complete public HTML document around one page's main content. Built as an element tree like
 * everything else, so every text and attribute is escaped by the same code.
 */
public final class SitePage {

    static final String STYLESHEET = "/styles/site.css";

    private SitePage() {
    }

    public static String render(SiteIdentity site, SectionTree sections, PageMeta meta, Component... content) {
        Element html = new Element("html").setAttribute("lang", "en");
        html.appendChild(head(site, meta), body(site, sections, content));
        return "<!DOCTYPE html>\n" + html.getOuterHTML();
    }

    private static Element head(SiteIdentity site, PageMeta meta) {
        Element head = new Element("head");
        head.appendChild(new Element("meta").setAttribute("charset", "utf-8"));
        head.appendChild(new Element("meta").setAttribute("name", "viewport")
                .setAttribute("content", "width=device-width, initial-scale=1"));
        head.appendChild(new Element("title").setText(meta.title()));
        if (meta.description() != null) {
            head.appendChild(new Element("meta").setAttribute("name", "description")
                    .setAttribute("content", meta.description()));
        }
        if (meta.canonicalUrl() != null) {
            head.appendChild(new Element("link").setAttribute("rel", "canonical")
                    .setAttribute("href", meta.canonicalUrl()));
        }
        head.appendChild(new Element("link").setAttribute("rel", "stylesheet").setAttribute("href", STYLESHEET));
        head.appendChild(new Element("meta").setAttribute("name", "generator").setAttribute("content", "Broadsheet"));
        return head;
    }

    private static Element body(SiteIdentity site, SectionTree sections, Component... content) {
        Element body = new Element("body");
        Anchor skip = new Anchor("#main", "Skip to content");
        skip.addClassName("skip-link");
        Main main = new Main(content);
        main.setId("main");
        body.appendChild(skip.getElement(), new SiteHeader(site, sections).getElement(), main.getElement(),
                new SiteFooter(site).getElement());
        return body;
    }
}
