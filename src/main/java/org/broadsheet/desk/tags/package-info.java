@NullMarked
package org.broadsheet.desk.tags;

import org.jspecify.annotations.NullMarked;
