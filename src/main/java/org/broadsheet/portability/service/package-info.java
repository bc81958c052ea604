/** The portability feature's public API: the WordPress import, its report and progress. */
@NullMarked
@NamedInterface("service")
package org.broadsheet.portability.service;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
