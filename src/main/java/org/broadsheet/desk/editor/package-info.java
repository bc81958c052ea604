/**
 * The article editor: the form, the live preview, the workflow buttons, autosave, revisions and
 * the conflict dialog that keeps two people from overwriting each other.
 */
@NullMarked
package org.broadsheet.desk.editor;

import org.jspecify.annotations.NullMarked;
