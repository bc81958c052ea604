@NullMarked
package org.broadsheet.desk.audit;

import org.jspecify.annotations.NullMarked;
