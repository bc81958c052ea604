@NullMarked
package org.broadsheet.taxonomy.domain;

import org.jspecify.annotations.NullMarked;
