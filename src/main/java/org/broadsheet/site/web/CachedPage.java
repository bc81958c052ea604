package org.broadsheet.site.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.util.DigestUtils;

/**
 * A rendered page as it is kept and sent: body (in UTF-8, encoded once), validator, last change (whole seconds, as
 * HTTP has) and what it shows; and, once it has gone out whole, the response as it went out
 * ({@link PreparedResponse}), for {@link CachedPageFilter} to send again.
 */
final class CachedPage {

    /** The body as it goes out, encoded once. */
    private final byte[] body;

    /** The body gzipped at the smallest size, on first need: a kept page goes out many times. */
    private volatile byte @Nullable [] gzipped;

    private final String etag;
    private final Instant lastModified;
    private final Set<String> dependsOn;
    private volatile @Nullable PreparedResponse prepared;

    private CachedPage(RenderedPage page) {
        this.body = page.html().getBytes(StandardCharsets.UTF_8);
        // Weak: the same page may be sent gzipped or not (servers also skip compressing strong tags).
        this.etag = "W/\"" + DigestUtils.md5DigestAsHex(body) + "\"";
        this.lastModified = page.lastModified().truncatedTo(ChronoUnit.SECONDS);
        this.dependsOn = page.dependsOn();
    }

    static CachedPage of(RenderedPage page) {
        return new CachedPage(page);
    }

    /** The body in UTF-8, to send: not a copy, so not to be changed. */
    byte[] body() {
        return body;
    }

    /** The body gzipped at the smallest size, compressed once however many responses send it. */
    byte[] gzipped() {
        byte[] done = gzipped;
        if (done == null) {
            // two first readers may both compress it: the same bytes, and cheaper than a lock
            done = Gzip.smallest(body);
            gzipped = done;
        }
        return done;
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
