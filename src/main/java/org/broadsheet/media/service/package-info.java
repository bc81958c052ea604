@NullMarked
package org.broadsheet.media.service;

import org.jspecify.annotations.NullMarked;
