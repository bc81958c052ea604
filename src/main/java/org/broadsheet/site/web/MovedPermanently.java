package org.broadsheet.site.web;

/** What was asked for lives elsewhere now; answered with a 301 to {@link #location()}. */
final class MovedPermanently extends RuntimeException {

    private final String location;

    MovedPermanently(String location) {
        super(null, null, false, false);
        this.location = location;
    }

    String location() {
        return location;
    }
}
