/** The media feature's public API: the only part of it other features may use. */
@NullMarked
@NamedInterface("service")
package org.broadsheet.media.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
