/** Small pieces every feature shares: the base entity, domain exceptions, slugs, the clock. */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.broadsheet.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
