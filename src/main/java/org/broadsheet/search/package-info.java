/** Finding articles by their words. */
@NullMarked
package org.broadsheet.search;

import org.jspecify.annotations.NullMarked;
