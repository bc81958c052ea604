@NullMarked
package org.broadsheet.media.domain;

import org.jspecify.annotations.NullMarked;
