@NullMarked
package org.broadsheet.desk.authors;

import org.jspecify.annotations.NullMarked;
