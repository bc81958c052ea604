package org.broadsheet.site.web;

import java.time.Instant;

/** The article readers knew at the requested address has left the site; answered with 410 Gone. */
final class ArticleWithdrawn extends RuntimeException {

    private final Instant at;

    ArticleWithdrawn(Instant at) {
        super(null, null, false, false);
        this.at = at;
    }

    Instant at() {
        return at;
    }
}
