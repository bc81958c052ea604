/**
 * Moving in and out: a WordPress export (WXR) read as a stream and brought in whole item by item,
 * old addresses kept.
 */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "people :: service",
            "taxonomy :: service",
            "media :: service",
            "content",
            "content :: service",
            "search :: service"
        })
package org.broadsheet.portability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
