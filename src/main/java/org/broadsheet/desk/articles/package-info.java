@NullMarked
package org.broadsheet.desk.articles;

import org.jspecify.annotations.NullMarked;
