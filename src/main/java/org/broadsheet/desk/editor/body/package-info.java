/**
 * The article body field: Broadsheet's own rich-text element ({@code frontend/rich-text}), the
 * Java field around it, the dialogs it asks for links, images and embeds, and the conversion of
 * footnotes between their stored and edited forms.
 */
@NullMarked
package org.broadsheet.desk.editor.body;

import org.jspecify.annotations.NullMarked;
