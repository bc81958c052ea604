package org.broadsheet.site.web;

/** Nothing readers may see lives at the requested address; answered with the 404 page. */
final class PageNotFound extends RuntimeException {

    PageNotFound() {
        super(null, null, false, false);
    }
}
