/**
 * Moving in and out: a WordPress export (WXR) read as a stream and brought in whole item by item,
 * old addresses kept; the whole site exported to one file and restored from it, on either
 * database; and the site written out as a WordPress export.
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
            "search :: service",
            "site :: service"
        })
package org.broadsheet.portability;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
