package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public site's pages: server-rendered HTML, no session, cached and validated. Paths with
 * a dot are files and never reach the catch-all, so static assets are served as they are.
 */
@RestController
class SiteController {

    static final int MAX_PAGE = 100_000;

    private final PageContexts contexts;
    private final ListingPages listings;
    private final ArticlePages articles;
    private final InfoPages info;
    private final PageCache cache;

    private static final List<String> OLD_QUERY_ADDRESSES = List.of("p", "page_id", "attachment_id", "cat");

    SiteController(
            PageContexts contexts, ListingPages listings, ArticlePages articles, InfoPages info, PageCache cache) {
        this.contexts = contexts;
        this.listings = listings;
        this.articles = articles;
        this.info = info;
        this.cache = cache;
    }

    @GetMapping("/")
    ResponseEntity<byte[]> home(
            HttpServletRequest request, @RequestParam(name = "page", required = false) @Nullable String page) {
        oldQueryAddress(request).ifPresent(old -> {
            throw articles.movedTo(old)
                    .<RuntimeException>map(MovedPermanently::new)
                    .orElseGet(PageNotFound::new);
        });
        int number = pageNumber(page);
        return cached(request, () -> listings.home(contexts.of(request), number));
    }

    @GetMapping("/author/{slug}")
    ResponseEntity<byte[]> author(
            HttpServletRequest request,
            @PathVariable String slug,
            @RequestParam(name = "page", required = false) @Nullable String page) {
        int number = pageNumber(page);
        return cached(
                request, () -> foundOrMoved(listings.author(contexts.of(request), slug, number), "author/" + slug));
    }

    @GetMapping("/tag/{slug}")
    ResponseEntity<byte[]> tag(
            HttpServletRequest request,
            @PathVariable String slug,
            @RequestParam(name = "page", required = false) @Nullable String page) {
        int number = pageNumber(page);
        return cached(request, () -> foundOrMoved(listings.tag(contexts.of(request), slug, number), "tag/" + slug));
    }

    @GetMapping("/page/{slug}")
    ResponseEntity<byte[]> staticPage(HttpServletRequest request, @PathVariable String slug) {
        return cached(request, () -> foundOrMoved(info.staticPage(contexts.of(request), slug), "page/" + slug));
    }

    @GetMapping("/corrections")
    ResponseEntity<byte[]> corrections(
            HttpServletRequest request, @RequestParam(name = "page", required = false) @Nullable String page) {
        int number = pageNumber(page);
        return cached(request, () -> listings.corrections(contexts.of(request), number));
    }

    @GetMapping("/search")
    ResponseEntity<byte[]> search(
            HttpServletRequest request,
            @RequestParam(name = "q", required = false) @Nullable String q,
            @RequestParam(name = "section", required = false) @Nullable String section,
            @RequestParam(name = "year", required = false) @Nullable String year,
            @RequestParam(name = "page", required = false) @Nullable String page) {
        int number = pageNumber(page);
        SearchRequest search = SearchRequest.parse(q, section, year);
        Supplier<RenderedPage> results = () -> listings.search(contexts.of(request), search, number);
        // a shared index finds a change a moment after the change evicts pages: results are not kept then
        return listings.searchResultsKeepUntilChange()
                ? cached(request, results)
                : cache.respondWithoutKeeping(request, PublicResponses.HTML, results);
    }

    /**
     * A section ({@code /americas/bolivia}) or an article ({@code /americas/bolivia/some-slug}); a
     * section wins, which costs no query since the tree is in memory. A trailing slash reaches the
     * same page: old WordPress permalinks end with one, and must move in one hop.
     */
    @GetMapping({"/**/{last:[^.]*}", "/**/{last:[^.]*}/"})
    ResponseEntity<byte[]> path(
            HttpServletRequest request, @RequestParam(name = "page", required = false) @Nullable String page) {
        int number = pageNumber(page);
        String path = trimSlashes(
                request.getRequestURI().substring(request.getContextPath().length()));
        return cached(request, () -> {
            PageContext ctx = contexts.of(request);
            Optional<SectionSummary> section = ctx.frame().sections().byPath(path);
            if (section.isPresent()) {
                return listings.section(ctx, section.get(), number);
            }
            int lastSlash = path.lastIndexOf('/');
            Optional<RenderedPage> article = lastSlash > 0 && number == 1
                    ? articles.article(ctx, path.substring(0, lastSlash), path.substring(lastSlash + 1))
                    : Optional.empty();
            return article.orElseThrow(() -> articles.movedTo(path)
                    .<RuntimeException>map(MovedPermanently::new)
                    .or(() -> lastSlash > 0
                            ? articles.withdrawnAt(path.substring(0, lastSlash), path.substring(lastSlash + 1))
                                    .map(ArticleWithdrawn::new)
                            : java.util.Optional.empty())
                    .orElseGet(PageNotFound::new));
        });
    }

    /**
     * A WordPress address by number ({@code /?p=42}, {@code /?page_id=7}), kept by an import: answered
     * before the page cache, whose key leaves such parameters out.
     */
    private static Optional<String> oldQueryAddress(HttpServletRequest request) {
        for (String name : OLD_QUERY_ADDRESSES) {
            String value = request.getParameter(name);
            if (value != null && value.matches("\\d{1,18}")) {
                return Optional.of("?" + name + "=" + value);
            }
        }
        return Optional.empty();
    }

    private ResponseEntity<byte[]> cached(HttpServletRequest request, Supplier<RenderedPage> render) {
        return cache.respond(request, PublicResponses.HTML, render);
    }

    /** The page, or else a 301 to where an address it once had leads now (a tag or author brought from WordPress). */
    private RenderedPage foundOrMoved(Optional<RenderedPage> page, String path) {
        return page.orElseThrow(() -> articles.movedTo(path)
                .<RuntimeException>map(MovedPermanently::new)
                .orElseGet(PageNotFound::new));
    }

    static int pageNumber(@Nullable String page) {
        if (page == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page);
            if (number >= 1 && number <= MAX_PAGE) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other out-of-range value
        }
        throw new BadPageNumber();
    }

    private static String trimSlashes(String path) {
        int start = 0;
        int end = path.length();
        while (start < end && path.charAt(start) == '/') {
            start++;
        }
        while (end > start && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(start, end);
    }

    static final class BadPageNumber extends RuntimeException {
        BadPageNumber() {
            super(null, null, false, false);
        }
    }
}
