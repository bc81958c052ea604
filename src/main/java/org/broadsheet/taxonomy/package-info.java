/** Sections (the tree readers browse) and tags. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "people :: service"})
package org.broadsheet.taxonomy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
