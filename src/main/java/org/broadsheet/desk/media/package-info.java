@NullMarked
package org.broadsheet.desk.media;

import org.jspecify.annotations.NullMarked;
