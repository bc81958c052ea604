package org.broadsheet.site.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.springframework.util.DigestUtils;

/**
 * A rendered page as it is kept and sent: body, strong validator, last change (whole seconds, as
 * HTTP has) and what it shows.
 */
record CachedPage(String html, String etag, Instant lastModified, Set<String> dependsOn) {

    static CachedPage of(RenderedPage page) {
        // Weak: the same page may be sent gzipped or not (servers also skip compressing strong tags).
        String etag = "W/\"" + DigestUtils.md5DigestAsHex(page.html().getBytes(StandardCharsets.UTF_8)) + "\"";
        return new CachedPage(page.html(), etag, page.lastModified().truncatedTo(ChronoUnit.SECONDS), page.dependsOn());
    }
}
