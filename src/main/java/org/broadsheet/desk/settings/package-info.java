@NullMarked
package org.broadsheet.desk.settings;

import org.jspecify.annotations.NullMarked;
