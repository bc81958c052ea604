package org.broadsheet.base;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The most used rows of a table too large to keep whole (the library's pictures that pages show),
 * kept by id until told that one changed, under {@link KeptUntilChanged}'s rules for each row: a
 * read that a change overlapped is used but not kept, and the transaction that made a change reads
 * afresh until it ends. Past the bound, the least used go. A small table is kept whole by
 * {@link KeptById}.
 */
public final class KeptMostUsed<V> {

    private final Cache<Long, V> kept;
    /** Changes so far: what a read finds is kept only if none came while it ran. */
    private final AtomicLong changes = new AtomicLong();

    public KeptMostUsed(long bound) {
        this.kept = Caffeine.newBuilder().maximumSize(bound).build();
    }

    /**
     * Those of these ids that exist, by id: the kept ones, and the rest from {@code load}, which
     * gets the missing ids and gives back those it found.
     */
    public Map<Long, V> getAll(Collection<Long> ids, Function<List<Long>, Map<Long, V>> load) {
        if (ChangingTransaction.isMarked(this)) {
            return load.apply(ids.stream().distinct().toList());
        }
        Map<Long, V> found = new HashMap<>(kept.getAllPresent(ids));
        List<Long> missing =
                ids.stream().filter(id -> !found.containsKey(id)).distinct().toList();
        if (missing.isEmpty()) {
            return found;
        }
        long seen = changes.get();
        Map<Long, V> loaded = load.apply(missing);
        kept.putAll(loaded);
        // a change counts before it forgets: one counted after this check forgets what was just put
        if (changes.get() != seen) {
            kept.invalidateAll(loaded.keySet());
        }
        found.putAll(loaded);
        return found;
    }

    /**
     * Forgets the value now, so the changing transaction reads its own change, and once that
     * transaction has ended, so no reader keeps what it saw before the commit.
     */
    public void changed(long id) {
        forget(id);
        ChangingTransaction.mark(this);
        AfterCommit.orRollback(() -> forget(id));
    }

    /** Forgets every value: everything changed (a restore). */
    public void changedAll() {
        changes.incrementAndGet();
        kept.invalidateAll();
    }

    private void forget(long id) {
        changes.incrementAndGet();
        kept.invalidate(id);
    }
}
