package org.broadsheet.site.web;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.ArticleTeaser;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.people.service.Byline;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Atom feeds of the newest articles: the whole site, a section (with its sub-sections), an author. */
@RestController
class FeedController {

    static final int ENTRIES = 20;
    static final MediaType ATOM = new MediaType("application", "atom+xml", StandardCharsets.UTF_8);

    private final PageContexts contexts;
    private final ArticleService articles;
    private final AuthorService authors;
    private final PageCache cache;

    FeedController(PageContexts contexts, ArticleService articles, AuthorService authors, PageCache cache) {
        this.contexts = contexts;
        this.articles = articles;
        this.authors = authors;
        this.cache = cache;
    }

    @GetMapping("/feed.xml")
    ResponseEntity<byte[]> site(HttpServletRequest request) {
        return cache.respond(request, ATOM, () -> {
            PageContext ctx = contexts.of(request);
            return feed(
                    ctx,
                    ctx.site().siteName(),
                    "/",
                    "/feed.xml",
                    articles.latest(PageRequest.of(0, ENTRIES)).getContent(),
                    PublicContentChanged.LISTINGS);
        });
    }

    @GetMapping("/author/{slug}/feed.xml")
    ResponseEntity<byte[]> author(HttpServletRequest request, @PathVariable String slug) {
        return cache.respond(request, ATOM, () -> {
            PageContext ctx = contexts.of(request);
            var author = authors.findBySlug(slug).orElseThrow(PageNotFound::new);
            return feed(
                    ctx,
                    author.name() + " – " + ctx.site().siteName(),
                    author.url(),
                    author.url() + "/feed.xml",
                    articles.latestByAuthor(author.id(), PageRequest.of(0, ENTRIES))
                            .getContent(),
                    PublicContentChanged.author(author.id()));
        });
    }

    @GetMapping("/**/feed.xml")
    ResponseEntity<byte[]> section(HttpServletRequest request) {
        return cache.respond(request, ATOM, () -> {
            PageContext ctx = contexts.of(request);
            String uri =
                    request.getRequestURI().substring(request.getContextPath().length());
            String path = uri.substring(1, uri.length() - "/feed.xml".length());
            var section = ctx.frame().sections().byPath(path).orElseThrow(PageNotFound::new);
            return feed(
                    ctx,
                    section.name() + " – " + ctx.site().siteName(),
                    section.url(),
                    section.url() + "/feed.xml",
                    articles.latestInSection(section.id(), PageRequest.of(0, ENTRIES))
                            .getContent(),
                    PublicContentChanged.section(section.id()));
        });
    }

    private RenderedPage feed(
            PageContext ctx,
            String title,
            String pagePath,
            String selfPath,
            List<ArticleTeaser> teasers,
            String dependsOn) {
        Instant updated = teasers.stream()
                .map(ArticleTeaser::publishedAt)
                .max(Instant::compareTo)
                .orElse(Instant.EPOCH);
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(title);
        feed.setUri(ctx.baseUrl() + selfPath);
        feed.setLink(ctx.baseUrl() + pagePath);
        SyndLinkImpl self = new SyndLinkImpl();
        self.setRel("self");
        self.setHref(ctx.baseUrl() + selfPath);
        SyndLinkImpl alternate = new SyndLinkImpl();
        alternate.setRel("alternate");
        alternate.setType("text/html");
        alternate.setHref(ctx.baseUrl() + pagePath);
        feed.setLinks(List.of(alternate, self));
        feed.setPublishedDate(Date.from(updated));
        if (ctx.site().tagline() != null) {
            feed.setDescription(ctx.site().tagline());
        }
        List<SyndEntry> entries = new ArrayList<>();
        for (ArticleTeaser teaser : teasers) {
            entries.add(entry(ctx, teaser));
        }
        feed.setEntries(entries);
        try {
            return new RenderedPage(new SyndFeedOutput().outputString(feed), updated, Set.of(dependsOn));
        } catch (FeedException e) {
            throw new IllegalStateException("Cannot write feed " + selfPath, e);
        }
    }

    private static SyndEntry entry(PageContext ctx, ArticleTeaser teaser) {
        SyndEntry entry = new SyndEntryImpl();
        entry.setTitle(teaser.title());
        entry.setLink(ctx.baseUrl() + teaser.url());
        entry.setUri(ctx.baseUrl() + teaser.url());
        entry.setPublishedDate(Date.from(teaser.publishedAt()));
        entry.setUpdatedDate(Date.from(teaser.publishedAt()));
        if (teaser.standfirst() != null) {
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text");
            summary.setValue(teaser.standfirst());
            entry.setDescription(summary);
        }
        List<SyndPerson> people = new ArrayList<>();
        for (Byline byline : teaser.bylines()) {
            SyndPersonImpl person = new SyndPersonImpl();
            person.setName(byline.name());
            person.setUri(ctx.baseUrl() + byline.url());
            people.add(person);
        }
        entry.setAuthors(people);
        return entry;
    }
}
