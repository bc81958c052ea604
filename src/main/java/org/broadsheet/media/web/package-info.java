@NullMarked
package org.broadsheet.media.web;

import org.jspecify.annotations.NullMarked;
