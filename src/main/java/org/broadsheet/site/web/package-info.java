@NullMarked
package org.broadsheet.site.web;

import org.jspecify.annotations.NullMarked;
