package org.broadsheet.search.service;

import org.broadsheet.content.service.DeskFilter;

/**
 * Ranked full-text search over articles. Never throws on odd input: any text is searched as
 * words, never parsed as query syntax. Throws {@link SearchUnavailable} when the index cannot
 * answer.
 */
public interface SearchService {

    /** Published articles for readers, ranked by relevance with a mild preference for recent ones. */
    SearchResults searchPublished(SearchQuery query);

    /**
     * Any article not in the trash that passes the filter, for the desk's article list as the
     * user types: the last word also matches as the beginning of a word.
     */
    DeskSearchHits searchDesk(String text, DeskFilter filter, int offset, int limit);

    /**
     * Whether a change is found as soon as it commits (the embedded index) or a moment later (a
     * shared index fed by the outbox in the background): only in the first case may a page of
     * results be kept until the next change.
     */
    boolean findsChangesOnCommit();
}
