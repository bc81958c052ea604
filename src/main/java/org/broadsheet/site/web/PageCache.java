package org.broadsheet.site.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.PublicContentChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Rendered public pages, kept in memory so a popular article costs one render, not one per
 * reader. Each page lists what it shows (dependency keys); when a change commits, exactly the
 * pages that depend on it are dropped.
 */
@Component
class PageCache {

    private static final Logger log = LoggerFactory.getLogger(PageCache.class);
    /** A safety net only: changes evict at once. */
    static final Duration MAX_AGE = Duration.ofMinutes(30);

    /** The request attribute naming the page {@link #respond} kept, for {@link CachedPageFilter} to prepare. */
    static final String KEPT = CachedPage.class.getName();

    /** Every query parameter a public page reads; see {@link SiteController}. */
    static final java.util.List<String> PAGE_PARAMETERS = java.util.List.of("page", "q", "section", "year");

    private final Cache<String, CachedPage> pages;
    private final Map<String, Set<String>> pagesByDependency = new ConcurrentHashMap<>();
    /** Renders under way, by key. */
    private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();
    /** Bumped by every eviction, so a render that straddled a change is served but not kept. */
    private final AtomicLong generation = new AtomicLong();

    /** Off when the cache may hold no page: what it was given would be dropped again a moment later. */
    private final boolean keeping;

    private final MeterRegistry meters;
    /** By kind of page: looked up once, not registered again on every render. */
    private final Map<String, Timer> renderTimers = new ConcurrentHashMap<>();

    private final RenderSlots slots;

    PageCache(BroadsheetProperties properties, MeterRegistry meters, RenderSlots slots) {
        this.meters = meters;
        this.slots = slots;
        this.keeping = properties.pageCacheSize() > 0;
        this.pages = Caffeine.newBuilder()
                .maximumSize(Math.max(0, properties.pageCacheSize()))
                .expireAfterWrite(MAX_AGE)
                .recordStats()
                .removalListener(
                        (@Nullable String key,
                                @Nullable CachedPage page,
                                com.github.benmanes.caffeine.cache.RemovalCause cause) -> {
                            if (key != null && page != null) {
                                page.dependsOn()
                                        .forEach(d -> pagesByDependency.computeIfPresent(d, (k, set) -> {
                                            set.remove(key);
                                            return set.isEmpty() ? null : set;
                                        }));
                            }
                        })
                .build();
        // hits, misses, evictions and size as cache_gets_total{cache="pages"} and friends
        CaffeineCacheMetrics.monitor(meters, pages, "pages");
    }

    /** The page at this request's address, rendered only when it is not cached yet. */
    ResponseEntity<byte[]> respond(HttpServletRequest request, MediaType type, Supplier<RenderedPage> render) {
        if (!keeping) {
            return respondWithoutKeeping(request, type, render);
        }
        String key = key(request);
        long before = generation.get();
        CachedPage page = pages.getIfPresent(key);
        if (page == null) {
            page = renderOnce(key, request, render);
        }
        boolean kept = generation.get() == before;
        if (kept) {
            request.setAttribute(KEPT, page);
        } else {
            pages.invalidate(key);
        }
        return PublicResponses.page(request, page, type, kept);
    }

    /**
     * Renders the page and keeps it; readers asking for it meanwhile wait for this render rather
     * than start their own. Not inside the cache's own compute: that holds a lock on a bin of its
     * table for the whole render, and renders of other pages in the same bin would wait for it.
     */
    private CachedPage renderOnce(String key, HttpServletRequest request, Supplier<RenderedPage> render) {
        CompletableFuture<CachedPage> mine = new CompletableFuture<>();
        CompletableFuture<CachedPage> underWay = rendering.putIfAbsent(key, mine);
        if (underWay != null) {
            return awaited(underWay);
        }
        try {
            CachedPage page = rendered(request, render);
            page.dependsOn()
                    .forEach(d -> pagesByDependency
                            .computeIfAbsent(d, x -> ConcurrentHashMap.newKeySet())
                            .add(key));
            pages.put(key, page);
            mine.complete(page);
            return page;
        } catch (RuntimeException | Error e) {
            // a page that is not there (404, 301, 410) is an exception too: the waiting readers get it as well
            mine.completeExceptionally(e);
            throw e;
        } finally {
            rendering.remove(key, mine);
        }
    }

    private static CachedPage awaited(CompletableFuture<CachedPage> render) {
        try {
            return render.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The page kept at this key, if any; counted as a hit when there is one, and as nothing when not. */
    @Nullable
    CachedPage kept(String key) {
        // a miss here is counted once, by respond(), which renders it
        return pages.asMap().containsKey(key) ? pages.getIfPresent(key) : null;
    }

    /** Whether this very page is still kept at this key; not counted as a hit or a miss. */
    boolean holds(String key, CachedPage page) {
        return pages.asMap().get(key) == page;
    }

    /** The page rendered for this request alone: for pages that may change without an event saying so. */
    ResponseEntity<byte[]> respondWithoutKeeping(
            HttpServletRequest request, MediaType type, Supplier<RenderedPage> render) {
        return PublicResponses.page(request, rendered(request, render), type, false);
    }

    private CachedPage rendered(HttpServletRequest request, Supplier<RenderedPage> render) {
        Timer timer = renderTimers.computeIfAbsent(
                kind(request.getRequestURI()),
                kind -> Timer.builder("broadsheet.page.render")
                        .description("Rendering a public page the cache did not hold")
                        .tag("kind", kind)
                        .publishPercentileHistogram()
                        .register(meters));
        return slots.run(() -> CachedPage.of(timer.record(render)));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onChange(PublicContentChanged change) {
        generation.incrementAndGet();
        if (change.keys().contains(PublicContentChanged.EVERYTHING)) {
            log.debug("Dropping all {} cached pages", pages.estimatedSize());
            pages.invalidateAll();
            return;
        }
        for (String dependency : change.keys()) {
            Set<String> affected = pagesByDependency.remove(dependency);
            if (affected != null) {
                pages.invalidateAll(Set.copyOf(affected));
            }
        }
    }

    /** What kind of page an address is, for the render timer: a handful of values, never the address. */
    static String kind(String uri) {
        if (uri.equals("/")) {
            return "home";
        }
        if (uri.endsWith(".xml")) {
            return uri.contains("sitemap") ? "sitemap" : "feed";
        }
        for (String kind : new String[] {"tag", "author", "page", "search"}) {
            if (uri.startsWith("/" + kind + "/") || uri.equals("/" + kind)) {
                return kind;
            }
        }
        return "section-or-article";
    }

    /**
     * The address by what pages read of it: the path and the parameters any public page uses, in
     * one order. Anything else ({@code ?utm_source=…}, {@code ?x=1}) reaches the same cached page,
     * so made-up query strings neither render pages nor push popular ones out of the cache.
     */
    static String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(request.getRequestURI()).append('?');
        for (String name : PAGE_PARAMETERS) {
            String value = request.getParameter(name);
            if (value != null) {
                key.append(name).append('=').append(value).append('&');
            }
        }
        return key.append('|').append(CookieConsent.of(request)).toString();
    }

    /** How many pages are cached now. */
    long size() {
        pages.cleanUp();
        return pages.estimatedSize();
    }

    boolean isCached(String requestUri) {
        return pages.asMap().keySet().stream().anyMatch(key -> key.startsWith(requestUri + "?"));
    }
}
