package org.broadsheet.site.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How the public site answers: validators on every page, 304 for a conditional request that
 * still matches, and a short public Cache-Control that a proxy or CDN may honour.
 */
final class PublicResponses {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    static final CacheControl PUBLIC =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().staleWhileRevalidate(Duration.ofSeconds(30));

    private PublicResponses() {}

    /**
     * @param kept whether the page cache keeps this page: then it is gzipped once at the smallest
     *     size, for this response and every later one; otherwise at the fastest level, for this one
     */
    static ResponseEntity<byte[]> page(HttpServletRequest request, CachedPage page, MediaType type, boolean kept) {
        if (notModified(request, page)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(page.etag())
                    .lastModified(page.lastModified())
                    .cacheControl(PUBLIC)
                    .header(HttpHeaders.VARY, "Cookie")
                    .build();
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok()
                .eTag(page.etag())
                .lastModified(page.lastModified())
                .cacheControl(PUBLIC)
                .header(HttpHeaders.VARY, "Cookie, " + HttpHeaders.ACCEPT_ENCODING)
                .contentType(type);
        if (Gzip.acceptedBy(request)) {
            return ok.header(HttpHeaders.CONTENT_ENCODING, "gzip")
                    .body(kept ? page.gzipped() : Gzip.fastest(page.body()));
        }
        return ok.body(page.body());
    }

    static ResponseEntity<String> status(HttpStatus status, String html) {
        return ResponseEntity.status(status)
                .cacheControl(CacheControl.noStore())
                .contentType(HTML)
                .body(html);
    }

    /** Weak comparison, as RFC 9110 prescribes for If-None-Match. */
    private static String opaque(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    static boolean notModified(HttpServletRequest request, CachedPage page) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || opaque(candidate).equals(opaque(page.etag()))) {
                    return true;
                }
            }
            return false;
        }
        long ifModifiedSince;
        try {
            ifModifiedSince = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ifModifiedSince >= 0 && !page.lastModified().isAfter(Instant.ofEpochMilli(ifModifiedSince));
    }
}
