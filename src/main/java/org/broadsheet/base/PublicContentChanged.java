package org.broadsheet.base;

/**
 * Published by any service whose change may show on the public site (an article published,
 * edited or withdrawn, a section renamed, settings saved), so rendered pages can be dropped.
 *
 * @param what a short description for logs, e.g. "article:42"
 */
public record PublicContentChanged(String what) {
}
