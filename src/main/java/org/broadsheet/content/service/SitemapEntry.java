package org.broadsheet.content.service;

import java.time.Instant;

/** One published URL and when it last changed. */
public record SitemapEntry(String url, Instant lastModified) {}
