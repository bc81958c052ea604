package org.broadsheet.site.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Enumeration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a cached public page ahead of the security chain and the MVC dispatcher, which have
 * nothing to add to a page every reader shares: the response goes out as the whole application
 * sent it the first time ({@link PreparedResponse}), gzipped once rather than per request. A
 * request this filter does not answer (a page not cached yet, an address with parameters no page
 * reads, a HEAD) goes the whole way, and its answer, if the page cache kept it, is prepared here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class CachedPageFilter extends OncePerRequestFilter {

    private final PageCache cache;

    CachedPageFilter(PageCache cache) {
        this.cache = cache;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !onlyPageParameters(request)) {
            chain.doFilter(request, response);
            return;
        }
        String key = PageCache.key(request);
        CachedPage page = cache.kept(key);
        PreparedResponse prepared = page == null ? null : page.prepared();
        if (page != null && prepared != null && prepared.secure() == request.isSecure()) {
            send(request, response, page, prepared);
            return;
        }
        chain.doFilter(request, response);
        // not for a page already gone again (a change, a full cache): gzipping it would be wasted
        if (request.getAttribute(PageCache.KEPT) instanceof CachedPage kept
                && response.getStatus() == HttpServletResponse.SC_OK
                && cache.holds(key, kept)) {
            PreparedResponse.of(response, kept, request.isSecure()).ifPresent(kept::prepared);
        }
    }

    /**
     * Parameters no page reads ({@code ?utm_source=…}) are left to the whole chain, where the page
     * cache finds the page anyway: some are answered before it (a WordPress {@code ?p=42}).
     */
    private static boolean onlyPageParameters(HttpServletRequest request) {
        if (request.getQueryString() == null) {
            return true;
        }
        Enumeration<String> names = request.getParameterNames();
        while (names.hasMoreElements()) {
            if (!PageCache.PAGE_PARAMETERS.contains(names.nextElement())) {
                return false;
            }
        }
        return true;
    }

    private static void send(
            HttpServletRequest request, HttpServletResponse response, CachedPage page, PreparedResponse prepared)
            throws IOException {
        for (PreparedResponse.Header header : prepared.headers()) {
            response.addHeader(header.name(), header.value());
        }
        response.setHeader(HttpHeaders.VARY, prepared.vary());
        if (PublicResponses.notModified(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(prepared.contentType());
        byte[] body = prepared.identity();
        if (Gzip.acceptedBy(request)) {
            body = prepared.gzip();
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
