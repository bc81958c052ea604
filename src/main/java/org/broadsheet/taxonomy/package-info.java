@NullMarked
package org.broadsheet.taxonomy;

import org.jspecify.annotations.NullMarked;
