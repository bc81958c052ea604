package org.broadsheet.media.web;

import java.time.Duration;
import org.broadsheet.media.service.ImageType;
import org.broadsheet.media.service.MediaService;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * Serves the variants of pictures at {@code /media/{id}/{name}} (most requests are answered
 * earlier, by {@link MediaFileFilter}; this answers the rest: ranges, revalidation, unknown names). A name's content never changes
 * (a new file or focal point gets new names), so browsers and proxies keep each one for a year
 * without asking again; ranges are answered for clients that resume.
 */
@Controller
class MediaFileController {

    static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final MediaService media;

    MediaFileController(MediaService media) {
        this.media = media;
    }

    @GetMapping("/media/{id:\\d{1,18}}/{name}")
    ResponseEntity<Resource> variant(@PathVariable long id, @PathVariable String name, WebRequest request) {
        String etag = etag(name);
        if (request.checkNotModified(etag)) {
            return ResponseEntity.status(304).eTag(etag).cacheControl(FOREVER).build();
        }
        return media.variant(id, name)
                .map(file -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(contentType(name)))
                        .cacheControl(FOREVER)
                        .eTag(etag)
                        .body(file))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** A variant's name is its content's identity. */
    static String etag(String name) {
        return "\"" + name + "\"";
    }

    static String contentType(String name) {
        return ImageType.ofStoredName(name).contentType();
    }
}
