package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.content.service.SitemapEntry;
import org.broadsheet.content.service.StaticPageService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sitemap.xml} is an index: one sitemap of the fixed pages and sections, then the
 * published articles in files of {@link #ARTICLES_PER_FILE}, well under the protocol's 50 000.
 * {@code /robots.txt} keeps crawlers out of the desk and points at the index.
 */
@RestController
class SitemapController {

    static final int ARTICLES_PER_FILE = 10_000;
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final MediaType XML = new MediaType(MediaType.APPLICATION_XML, StandardCharsets.UTF_8);

    private final PageContexts contexts;
    private final ArticleService articles;
    private final PageCache cache;
    private final Clock clock;

    SitemapController(PageContexts contexts, ArticleService articles, PageCache cache, Clock clock) {
        this.contexts = contexts;
        this.articles = articles;
        this.cache = cache;
        this.clock = clock;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<byte[]> index(HttpServletRequest request) {
        return cache.respond(request, XML, () -> {
            String base = contexts.of(request).baseUrl();
            @Nullable Instant changed = newestPublication();
            long files = articleFiles();
            return new RenderedPage(
                    xml(w -> {
                        w.writeStartElement("sitemapindex");
                        w.writeDefaultNamespace(NS);
                        sitemapRef(w, base + "/sitemap-pages.xml", changed);
                        for (int i = 1; i <= files; i++) {
                            sitemapRef(w, base + "/sitemap-articles-" + i + ".xml", changed);
                        }
                        w.writeEndElement();
                    }),
                    changed == null ? clock.instant() : changed,
                    Set.of(PublicContentChanged.LISTINGS));
        });
    }

    /**
     * When the listings last changed: the newest publication (the same on every node and after a
     * move, unlike the time of rendering), or null on a site with nothing published.
     */
    private @Nullable Instant newestPublication() {
        return articles.latest(PageRequest.of(0, 1)).stream()
                .map(ArticleTeaser::publishedAt)
                .findFirst()
                .orElse(null);
    }

    @GetMapping("/sitemap-pages.xml")
    ResponseEntity<byte[]> pages(HttpServletRequest request) {
        return cache.respond(request, XML, () -> {
            PageContext ctx = contexts.of(request);
            @Nullable Instant changed = newestPublication();
            return new RenderedPage(
                    xml(w -> {
                        urlsetStart(w);
                        url(w, ctx.baseUrl() + "/", changed);
                        for (SectionSummary section : ctx.frame().sections().flattened()) {
                            url(w, ctx.baseUrl() + section.url(), null);
                        }
                        url(w, ctx.baseUrl() + StaticPageService.URL_PREFIX + StaticPageService.ABOUT, null);
                        url(w, ctx.baseUrl() + StaticPageService.URL_PREFIX + StaticPageService.COOKIE_POLICY, null);
                        w.writeEndElement();
                    }),
                    changed == null ? clock.instant() : changed,
                    Set.of(PublicContentChanged.LISTINGS));
        });
    }

    @GetMapping("/sitemap-articles-{number:\\d{1,6}}.xml")
    ResponseEntity<byte[]> articles(HttpServletRequest request, @PathVariable int number) {
        return cache.respond(request, XML, () -> {
            // past the last file is not found before any query: the number can be far beyond a page offset
            if (number < 1 || number > articleFiles()) {
                throw new PageNotFound();
            }
            String base = contexts.of(request).baseUrl();
            Slice<SitemapEntry> entries = articles.sitemap(PageRequest.of(number - 1, ARTICLES_PER_FILE));
            if (entries.isEmpty()) {
                throw new PageNotFound();
            }
            Instant changed = entries.stream()
                    .map(SitemapEntry::lastModified)
                    .max(Instant::compareTo)
                    .orElseThrow();
            return new RenderedPage(
                    xml(w -> {
                        urlsetStart(w);
                        for (SitemapEntry entry : entries) {
                            url(w, base + entry.url(), entry.lastModified());
                        }
                        w.writeEndElement();
                    }),
                    changed,
                    Set.of(PublicContentChanged.LISTINGS));
        });
    }

    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    String robots(HttpServletRequest request) {
        return """
                User-agent: *
                Disallow: /desk
                Disallow: /search
                Disallow: /preview/

                Sitemap: %s/sitemap.xml
                """.formatted(contexts.of(request).baseUrl());
    }

    private interface XmlBody {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            writer.setDefaultNamespace(NS);
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write sitemap", e);
        }
    }

    private static void urlsetStart(XMLStreamWriter w) throws XMLStreamException {
        w.writeStartElement("urlset");
        w.writeDefaultNamespace(NS);
    }

    private static void sitemapRef(XMLStreamWriter w, String loc, @Nullable Instant lastModified)
            throws XMLStreamException {
        w.writeStartElement("sitemap");
        element(w, "loc", loc);
        if (lastModified != null) {
            element(w, "lastmod", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        w.writeEndElement();
    }

    private static void url(XMLStreamWriter w, String loc, @Nullable Instant lastModified) throws XMLStreamException {
        w.writeStartElement("url");
        element(w, "loc", loc);
        if (lastModified != null) {
            element(w, "lastmod", lastModified.truncatedTo(ChronoUnit.SECONDS).toString());
        }
        w.writeEndElement();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private long articleFiles() {
        return (articles.countPublished() + ARTICLES_PER_FILE - 1) / ARTICLES_PER_FILE;
    }
}
