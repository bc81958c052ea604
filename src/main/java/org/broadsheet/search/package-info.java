/** Finding articles by their words: the index's analysis, queries, passages and upkeep. */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "content", "content :: service", "people :: service"})
package org.broadsheet.search;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
