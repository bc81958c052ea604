@NullMarked
package org.broadsheet.portability.domain;

import org.jspecify.annotations.NullMarked;
