package org.broadsheet.search.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The search index as an admin sees it.
 *
 * @param documents      articles in the index now
 * @param articles       articles in the database (all statuses, trash included)
 * @param rebuilding     whether a rebuild is running
 * @param rebuilt        articles indexed so far by the running (or last) rebuild
 * @param rebuildTotal   articles the running (or last) rebuild has to index
 * @param lastRebuiltAt  when the last rebuild finished, if any since start
 * @param lastError      why the last rebuild failed, if it did
 */
public record IndexStatus(
        long documents,
        long articles,
        boolean rebuilding,
        long rebuilt,
        long rebuildTotal,
        @Nullable Instant lastRebuiltAt,
        @Nullable String lastError) {}
