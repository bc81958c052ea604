package org.broadsheet.site.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.DigestUtils;

/**
 * A rendered page as it is kept and sent: body, strong validator, last change (whole seconds, as
 * HTTP has) and what it shows; and, once it has gone out whole, the response as it went out
 * ({@link PreparedResponse}), for {@link CachedPageFilter} to send again.
 */
final class CachedPage {

    private final String html;
    private final String etag;
    private final Instant lastModified;
    private final Set<String> dependsOn;
    private volatile @Nullable PreparedResponse prepared;

    CachedPage(String html, String etag, Instant lastModified, Set<String> dependsOn) {
        this.html = html;
        this.etag = etag;
        this.lastModified = lastModified;
        this.dependsOn = dependsOn;
    }

    static CachedPage of(RenderedPage page) {
        // Weak: the same page may be sent gzipped or not (servers also skip compressing strong tags).
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(page.html().getBytes(StandardCharsets.UTF_8)) + "\"";
        return new CachedPage(page.html(), etag, page.lastModified().truncatedTo(ChronoUnit.SECONDS), page.dependsOn());
    }

    String html() {
        return html;
    }

    String etag() {
        return etag;
    }

    Instant lastModified() {
        return lastModified;
    }

    Set<String> dependsOn() {
        return dependsOn;
    }

    @Nullable
    PreparedResponse prepared() {
        return prepared;
    }

    void prepared(PreparedResponse response) {
        this.prepared = response;
    }
}
