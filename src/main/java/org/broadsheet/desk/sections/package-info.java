@NullMarked
package org.broadsheet.desk.sections;

import org.jspecify.annotations.NullMarked;
