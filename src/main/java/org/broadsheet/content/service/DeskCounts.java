package org.broadsheet.content.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.broadsheet.base.DeskContentChanged;
import org.broadsheet.base.PublicContentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * How many articles pass each desk filter, kept until an article changes here or on another node.
 * The articles grid asks for the count on every refresh; counting 100 000 rows takes the database
 * longer than the page of rows itself.
 *
 * <p>A count taken while a change commits is kept under the generation it started in, so it is
 * counted again on the next request rather than shown stale. Counts also expire after a minute,
 * for writes no event announces (a bulk import straight into the database).
 */
@Component
class DeskCounts {

    private static final Duration AT_MOST = Duration.ofMinutes(1);

    private final AtomicLong generation = new AtomicLong();
    private final Cache<Object, Counted> counts =
            Caffeine.newBuilder().maximumSize(1_000).expireAfterWrite(AT_MOST).build();

    /**
     * @param filter  what was counted, with everything the count depends on (a section's subtree)
     * @param counter counts in the database
     */
    long count(Object filter, LongSupplier counter) {
        long current = generation.get();
        Counted kept = counts.getIfPresent(filter);
        if (kept != null && kept.generation() == current) {
            return kept.count();
        }
        long count = counter.getAsLong();
        counts.put(filter, new Counted(current, count));
        return count;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void articlesChanged(DeskContentChanged changed) {
        generation.incrementAndGet();
    }

    /** Authors, tags, sections and restores change which articles a filter finds without an article event. */
    @TransactionalEventListener(fallbackExecution = true)
    void siteChanged(PublicContentChanged changed) {
        generation.incrementAndGet();
    }

    private record Counted(long generation, long count) {}
}
