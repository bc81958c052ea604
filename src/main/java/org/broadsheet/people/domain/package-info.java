@NullMarked
package org.broadsheet.people.domain;

import org.jspecify.annotations.NullMarked;
