package org.broadsheet.site.web;

import java.time.Instant;

/** A public page's HTML and the time its content last changed. */
record RenderedPage(String html, Instant lastModified) {
}
