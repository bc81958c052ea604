/**
 * Bulk actions over many articles, shared by the desk's lists: run on a background thread as the
 * user who asked, with progress, and a summary that names every refusal.
 */
@NullMarked
package org.broadsheet.desk.bulk;

import org.jspecify.annotations.NullMarked;
