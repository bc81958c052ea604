package org.broadsheet.content.service;

import java.util.List;

/** What an article's page shows of the archive: the story and the articles to read next. */
public record ArticlePage(PublishedArticle article, List<RelatedArticle> related) {}
