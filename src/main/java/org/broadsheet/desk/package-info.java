/** The editorial dashboard (Vaadin Flow under /desk): every view editors, authors and admins work in. */
@NullMarked
@ApplicationModule(
        allowedDependencies = {
            "base",
            "content",
            "content :: service",
            "media :: service",
            "people",
            "people :: service",
            "portability :: service",
            "search :: service",
            "site :: service",
            "site :: ui",
            "taxonomy :: service"
        })
package org.broadsheet.desk;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
