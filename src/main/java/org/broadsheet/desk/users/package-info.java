@NullMarked
package org.broadsheet.desk.users;

import org.jspecify.annotations.NullMarked;
