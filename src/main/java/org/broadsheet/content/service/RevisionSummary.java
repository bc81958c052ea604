package org.broadsheet.content.service;

import java.time.Instant;
import org.broadsheet.content.ArticleStatus;

/** One line of an article's history: who saved, when, leaving it in which status. */
public record RevisionSummary(long id, Instant createdAt, String createdBy, ArticleStatus status, String title) {}
