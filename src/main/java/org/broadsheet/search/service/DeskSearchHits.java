package org.broadsheet.search.service;

import java.util.List;

/** Article ids in order of relevance, one page of them, and how many match in all. */
public record DeskSearchHits(List<Long> ids, long total) {}
