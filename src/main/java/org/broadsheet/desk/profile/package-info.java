@NullMarked
package org.broadsheet.desk.profile;

import org.jspecify.annotations.NullMarked;
