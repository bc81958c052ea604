@NullMarked
package org.broadsheet.desk.overview;

import org.jspecify.annotations.NullMarked;
