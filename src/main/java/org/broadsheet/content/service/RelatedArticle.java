package org.broadsheet.content.service;

import org.broadsheet.taxonomy.service.SectionSummary;

/** An article to read next, as the list under a story shows it: its section and its headline. */
public record RelatedArticle(long id, String title, String url, SectionSummary section) {}
