package org.broadsheet.site.web;

import java.time.Instant;
import java.util.Set;
import org.broadsheet.base.PublicContentChanged;

/**
 * A public page's HTML (or XML), the time its content last changed, and the dependency keys of
 * what it shows (see {@link PublicContentChanged}). Every page depends on
 * {@link PublicContentChanged#EVERYTHING}.
 */
record RenderedPage(String html, Instant lastModified, Set<String> dependsOn) {

    RenderedPage {
        dependsOn = Set.copyOf(dependsOn);
    }
}
