package org.broadsheet.content.service;

/**
 * Published after any change the desk should see at once (a new draft, a save, a status change,
 * the trash), whether or not readers see it.
 */
public record ArticleChanged(long articleId) {}
