/**
 * Broadsheet's own export format: every table of the database as JSON Lines, in an order that
 * lets them load back with their references intact, zipped beside the media files and a manifest.
 */
@NullMarked
package org.broadsheet.portability.archive;

import org.jspecify.annotations.NullMarked;
