/** The public reading view: pages, feeds, sitemaps, the page cache and site settings. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "content",
            "content :: service",
            "media :: service",
            "people",
            "people :: service",
            "search :: service",
            "taxonomy :: service"
        })
package org.broadsheet.site;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
