/** Import and export: a WordPress site brought in from its export file, as a background job with progress. */
@NullMarked
package org.broadsheet.desk.importexport;

import org.jspecify.annotations.NullMarked;
