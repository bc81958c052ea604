@NullMarked
package org.broadsheet.content.demo;

import org.jspecify.annotations.NullMarked;
