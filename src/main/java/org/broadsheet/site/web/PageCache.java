package org.broadsheet.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.function.Supplier;
import org.broadsheet.base.PublicContentChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, kept in memory so a popular article costs one render, not one per
 * reader. Dropped as soon as a change that readers could see has committed.
 */
@Component
class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);
    static final int MAX_PAGES = 5_000;
    /** A safety net only: changes evict at once. */
    static final Duration MAX_AGE = Duration.ofMinutes(30);

    private final Cache<String, CachedPage> pages = Caffeine.newBuilder()
            .maximumSize(MAX_PAGES).expireAfterWrite(MAX_AGE).recordStats().build();

    /** The page at this request's address, rendered only when it is not cached yet. */
    ResponseEntity<String> respond(HttpServletRequest request, MediaType type, Supplier<RenderedPage> render) {
        String key = request.getRequestURI() + "?" + request.getQueryString() + "|"
                + (CookieConsent.of(request) == CookieConsent.UNANSWERED ? "ask" : "answered");
        return PublicResponses.page(request, pages.get(key, k -> CachedPage.of(render.get())), type);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(PublicContentChanged change) {
        log.debug("Dropping {} cached pages after {}", pages.estimatedSize(), change.what());
        pages.invalidateAll();
    }

    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    double hitRate() {
        return pages.stats().hitRate();
    }
}
