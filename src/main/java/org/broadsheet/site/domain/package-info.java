@NullMarked
package org.broadsheet.site.domain;

import org.jspecify.annotations.NullMarked;
