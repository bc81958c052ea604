package org.broadsheet.site.ui;

import org.jspecify.annotations.Nullable;

/** What a page tells browsers and search engines about itself. */
public record PageMeta(String title, @Nullable String description, @Nullable String canonicalUrl) {
}
