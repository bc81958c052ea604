/** The desk's front page editor: what leads the home page and each section. */
@NullMarked
package org.broadsheet.desk.front;

import org.jspecify.annotations.NullMarked;
