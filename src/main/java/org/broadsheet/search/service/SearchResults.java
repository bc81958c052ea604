package org.broadsheet.search.service;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * A page of results in order of relevance.
 *
 * @param hits           the page; a {@link Page} with the total when every match was counted
 * @param matchesAtLeast how many articles match: exactly when {@code counted}, else at least
 * @param counted        every match was counted; past a thousand the index stops counting, which
 *                       lets it skip the matches that cannot reach the page
 * @param similarWords   nothing matched the words as typed, so these match words spelt like them
 */
public record SearchResults(Slice<SearchHit> hits, long matchesAtLeast, boolean counted, boolean similarWords) {}
