/** The search feature's public API: the only part of it other features may use. */
@NullMarked
@NamedInterface("service")
package org.broadsheet.search.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
