package org.broadsheet.taxonomy.service;

/**
 * A section was renamed, moved or given a new slug: what other features show or index about
 * the articles in it and below it may be out of date. Published inside the changing transaction.
 */
public record SectionChanged(long sectionId) {}
