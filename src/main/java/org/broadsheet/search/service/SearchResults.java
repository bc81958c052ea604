package org.broadsheet.search.service;

import org.springframework.data.domain.Page;

/**
 * A page of results in order of relevance.
 *
 * @param similarWords nothing matched the words as typed, so these match words spelt like them
 */
public record SearchResults(Page<SearchHit> hits, boolean similarWords) {}
