package org.broadsheet.taxonomy.service;

/**
 * How many articles a section holds, trash included: a section with articles may not be
 * deleted. Implemented by the feature that owns articles.
 */
public interface SectionUsage {

    long articlesIn(long sectionId);
}
