package org.broadsheet.site.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.util.DigestUtils;

/** A rendered page as it is kept and sent: body, strong validator and last change (whole seconds, as HTTP has). */
record CachedPage(String html, String etag, Instant lastModified) {

    static CachedPage of(RenderedPage page) {
        String etag = "\"" + DigestUtils.md5DigestAsHex(page.html().getBytes(StandardCharsets.UTF_8)) + "\"";
        return new CachedPage(page.html(), etag, page.lastModified().truncatedTo(ChronoUnit.SECONDS));
    }
}
