/**
 * The public site's page components: plain Vaadin HTML components, rendered to HTML on the
 * server for readers and mounted as they are in the desk for the live preview.
 */
@NullMarked
@NamedInterface("ui")
package org.broadsheet.site.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
