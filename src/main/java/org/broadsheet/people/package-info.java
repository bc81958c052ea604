@NullMarked
package org.broadsheet.people;

import org.jspecify.annotations.NullMarked;
