/**
 * Pictures: an upload is checked from its own bytes, turned once into metadata-free variants at
 * fixed widths, kept behind a {@link org.broadsheet.media.service.MediaStore} and served at
 * addresses that never change their content.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {"base", "people :: service"})
package org.broadsheet.media;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
