@NullMarked
package org.broadsheet.site;

import org.jspecify.annotations.NullMarked;
