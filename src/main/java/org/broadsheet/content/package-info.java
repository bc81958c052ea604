/** Articles: writing, revisions, publishing and scheduling, redirects, demo content. Other features use its service API and the shared vocabulary here (status, featured image, the search index's fields). */
@NullMarked
@ApplicationModule(
        allowedDependencies = {"base", "people", "people :: service", "taxonomy :: service", "media :: service"})
package org.broadsheet.content;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
