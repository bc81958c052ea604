@NullMarked
package org.broadsheet;

import org.jspecify.annotations.NullMarked;
