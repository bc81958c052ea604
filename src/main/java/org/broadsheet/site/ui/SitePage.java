package org.broadsheet.site.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;
import java.util.Locale;
import org.broadsheet.site.service.SiteIdentity;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;

/**
 * A complete public HTML document around one page's main content. Built as an element tree like
 * everything else, so every text and attribute is escaped by the same code.
 */
public final class SitePage {

    static final String STYLESHEET = "/styles/site.css";
    static final String CONSENT_SCRIPT = "/scripts/cookie-notice.js";

    private SitePage() {}

    public static String render(SiteFrame frame, PageMeta meta, Component... content) {
        return render(frame, meta, "", content);
    }

    /** @param query the search text to show in the header's search box */
    public static String render(SiteFrame frame, PageMeta meta, String query, Component... content) {
        Element html = new Element("html")
                .setAttribute("lang", "en")
                .setAttribute("data-consent", frame.consent().name().toLowerCase(Locale.ROOT));
        Document document = document();
        org.jsoup.nodes.Element body = converted(document, body(frame, query, content));
        // embeds live only in a body's written HTML, which says whether it holds one
        boolean embeds = WrittenHtml.holdsEmbeds(body);
        WrittenHtml.putInPlace(body);
        org.jsoup.nodes.Element head = written(document, head(frame, meta, embeds));
        document.appendChild(written(document, html).appendChild(head).appendChild(body));
        String page = document.outerHtml()
                .replace(
                        SiteChrome.slot(SiteChrome.FOOTER_SLOT),
                        SiteChrome.footer(
                                frame.site(),
                                frame.sections(),
                                frame.navigation().footer()));
        if (query.isEmpty()) {
            page = page.replace(
                    SiteChrome.slot(SiteChrome.HEADER_SLOT),
                    SiteChrome.header(
                            frame.site(), frame.sections(), frame.navigation().header()));
        }
        return "<!DOCTYPE html>\n" + page;
    }

    /**
     * The document as written, without the indenting Vaadin's {@code getOuterHTML} adds: a browser
     * ignores it, and laying it out took a third of the writing.
     */
    static String written(Element html) {
        Document document = document();
        document.appendChild(written(document, html));
        return document.outerHtml();
    }

    private static org.jsoup.nodes.Element written(Document document, Element element) {
        org.jsoup.nodes.Element written = converted(document, element);
        WrittenHtml.putInPlace(written);
        return written;
    }

    private static org.jsoup.nodes.Element converted(Document document, Element element) {
        return (org.jsoup.nodes.Element) ElementUtil.toJsoup(document, element);
    }

    private static Document document() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static Element head(SiteFrame frame, PageMeta meta, boolean embeds) {
        SiteIdentity site = frame.site();
        Element head = new Element("head");
        head.appendChild(new Element("meta").setAttribute("charset", "utf-8"));
        optional(head, named("viewport", "width=device-width, initial-scale=1"));
        optional(head, named("color-scheme", "light dark"));
        head.appendChild(new Element("title").setText(meta.title()));
        if (meta.description() != null) {
            optional(head, named("description", meta.description()));
        }
        if (meta.canonicalUrl() != null) {
            head.appendChild(link("canonical", meta.canonicalUrl()));
        }
        optional(head, property("og:site_name", site.siteName()));
        optional(head, property("og:title", meta.socialTitle()));
        optional(head, property("og:type", meta.type()));
        optional(head, property("og:url", meta.canonicalUrl()));
        optional(head, property("og:description", meta.description()));
        optional(head, property("og:image", meta.imageUrl()));
        optional(head, named("twitter:card", meta.imageUrl() == null ? "summary" : "summary_large_image"));
        optional(head, named("twitter:title", meta.socialTitle()));
        optional(head, named("twitter:description", meta.description()));
        optional(head, named("twitter:image", meta.imageUrl()));
        head.appendChild(feedLink(SiteFooter.FEED_URL, site.siteName()));
        head.appendChild(link("stylesheet", STYLESHEET));
        if (site.icon() == null) {
            head.appendChild(link("icon", "/favicon.svg").setAttribute("type", "image/svg+xml"));
        } else {
            head.appendChild(link("icon", site.icon().variants().getFirst().fallback()));
        }
        meta.extraHead().forEach(head::appendChild);
        if (frame.askForConsent()) {
            head.appendChild(
                    new Element("script").setAttribute("src", CONSENT_SCRIPT).setAttribute("defer", ""));
        }
        if (embeds) {
            head.appendChild(new Element("script")
                    .setAttribute("src", EmbedPlaceholder.SCRIPT)
                    .setAttribute("defer", ""));
        }
        optional(head, named("generator", "Broadsheet"));
        return head;
    }

    private static Element body(SiteFrame frame, String query, Component... content) {
        Element body = new Element("body");
        Anchor skip = new Anchor("#main", "Skip to content");
        skip.addClassName("skip-link");
        Main main = new Main(content);
        main.setId("main");
        body.appendChild(
                skip.getElement(),
                query.isEmpty()
                        ? new Element(SiteChrome.HEADER_SLOT)
                        : new SiteHeader(
                                        frame.site(),
                                        frame.sections(),
                                        frame.navigation().header(),
                                        query)
                                .getElement(),
                main.getElement(),
                new Element(SiteChrome.FOOTER_SLOT));
        if (frame.askForConsent()) {
            body.appendChild(new CookieNotice(frame.site(), frame.path()).getElement());
        }
        return body;
    }

    private static @Nullable Element named(String name, @Nullable String content) {
        return content == null
                ? null
                : new Element("meta").setAttribute("name", name).setAttribute("content", content);
    }

    private static @Nullable Element property(String property, @Nullable String content) {
        return content == null
                ? null
                : new Element("meta").setAttribute("property", property).setAttribute("content", content);
    }

    /** {@code <link rel=alternate>} to an Atom feed, for feed readers to discover. */
    public static Element feedLink(String href, String title) {
        return link("alternate", href)
                .setAttribute("type", "application/atom+xml")
                .setAttribute("title", title);
    }

    /** A URL that may be site-relative ({@code /media/7/1200}) made absolute, as sharing tags need. */
    public static String absolute(String baseUrl, String url) {
        return url.startsWith("/") ? baseUrl + url : url;
    }

    static Element link(String rel, String href) {
        return new Element("link").setAttribute("rel", rel).setAttribute("href", href);
    }

    private static void optional(Element head, @Nullable Element element) {
        if (element != null) {
            head.appendChild(element);
        }
    }
}
