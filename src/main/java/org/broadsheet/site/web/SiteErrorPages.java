package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Duration;
import org.broadsheet.search.service.SearchUnavailable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns the site controllers' "not found", "bad page number", "search unavailable" and "busy" into
 * real status pages.
 */
@RestControllerAdvice(basePackageClasses = SiteErrorPages.class)
class SiteErrorPages {

    static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(5);
    private static final String BUSY = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Busy</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><h1>Busy</h1><p>Too many readers at once. Please try again in a few seconds.</p></body></html>
            """;

    private final PageContexts contexts;
    private final InfoPages info;

    SiteErrorPages(PageContexts contexts, InfoPages info) {
        this.contexts = contexts;
        this.info = info;
    }

    @ExceptionHandler(PageNotFound.class)
    ResponseEntity<String> notFound(HttpServletRequest request) {
        return PublicResponses.status(HttpStatus.NOT_FOUND, info.notFound(contexts.of(request)));
    }

    @ExceptionHandler(ArticleWithdrawn.class)
    ResponseEntity<String> withdrawn(HttpServletRequest request, ArticleWithdrawn withdrawn) {
        return PublicResponses.status(HttpStatus.GONE, info.withdrawn(contexts.of(request), withdrawn.at()));
    }

    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<String> searchUnavailable(HttpServletRequest request) {
        return PublicResponses.status(HttpStatus.SERVICE_UNAVAILABLE, info.searchUnavailable(contexts.of(request)));
    }

    /**
     * Every render slot stayed taken: a short fixed answer, since rendering a page to say so would
     * add to the load.
     */
    @ExceptionHandler(RenderSlots.SiteBusy.class)
    ResponseEntity<String> busy() {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(BUSY_RETRY_AFTER.toSeconds()))
                .cacheControl(CacheControl.noStore())
                .contentType(PublicResponses.HTML)
                .body(BUSY);
    }

    @ExceptionHandler(MovedPermanently.class)
    ResponseEntity<Void> moved(MovedPermanently moved) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(moved.location()))
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .build();
    }

    @ExceptionHandler(SiteController.BadPageNumber.class)
    ResponseEntity<String> badRequest(HttpServletRequest request) {
        return PublicResponses.status(
                HttpStatus.BAD_REQUEST,
                info.badRequest(
                        contexts.of(request),
                        "The page number must be a whole number from 1 to " + SiteController.MAX_PAGE + "."));
    }
}
