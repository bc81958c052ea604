@NullMarked
package org.broadsheet.desk.trash;

import org.jspecify.annotations.NullMarked;
