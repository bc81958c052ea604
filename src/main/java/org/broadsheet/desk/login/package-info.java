@NullMarked
package org.broadsheet.desk.login;

import org.jspecify.annotations.NullMarked;
