package org.broadsheet.taxonomy.service;

/**
 * A section's path changed (new slug or new parent). Published inside the transaction that made
 * the change, so listeners (redirects) commit or roll back with it.
 */
public record SectionMoved(long sectionId, String oldPath, String newPath) {}
