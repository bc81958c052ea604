@NullMarked
package org.broadsheet.content.domain;

import org.jspecify.annotations.NullMarked;
