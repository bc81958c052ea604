@NullMarked
package org.broadsheet.desk;

import org.jspecify.annotations.NullMarked;
