package org.broadsheet.content.service;

import java.time.Instant;

/** A page outside the section tree, body sanitized. */
public record StaticPageView(String slug, String title, String bodyHtml, Instant updatedAt) {

    public String url() {
        return StaticPageService.URL_PREFIX + slug;
    }
}
