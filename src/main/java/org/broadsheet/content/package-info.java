@NullMarked
package org.broadsheet.content;

import org.jspecify.annotations.NullMarked;
