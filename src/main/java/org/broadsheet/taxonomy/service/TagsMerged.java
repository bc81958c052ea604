package org.broadsheet.taxonomy.service;

/**
 * Every article tagged {@code fromId} is to carry {@code intoId} instead. Published inside the
 * merging transaction, before the old tag is deleted: the feature that tags articles moves them
 * in the same transaction, or the merge fails as a whole.
 */
public record TagsMerged(long fromId, long intoId) {}
