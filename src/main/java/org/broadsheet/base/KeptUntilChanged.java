package org.broadsheet.base;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A value read from the database once and kept in memory until told it changed (the section
 * tree, the site settings). A read that overlapped a change is used but not kept: it may have seen
 * the database before the change committed, and keeping it would hide the change until the next.
 * The transaction that made a change reads the value afresh until it ends: what other threads keep
 * meanwhile cannot show it its own uncommitted rows.
 */
public final class KeptUntilChanged<T> {

    private record Slot<T>(long changes, @Nullable T value) {}

    private final AtomicReference<Slot<T>> slot = new AtomicReference<>(new Slot<>(0, null));

    /** The kept value, or a fresh one from {@code load}, kept unless a change came in between. */
    public T get(Supplier<T> load) {
        if (ChangingTransaction.isMarked(this)) {
            return load.get();
        }
        Slot<T> seen = slot.get();
        T value = seen.value();
        if (value != null) {
            return value;
        }
        T loaded = load.get();
        slot.compareAndSet(seen, new Slot<>(seen.changes(), loaded));
        return loaded;
    }

    /**
     * Forgets the value now, so the changing transaction reads its own change, and once that
     * transaction has ended, so no reader keeps what it saw before the commit.
     */
    public void changed() {
        forget();
        ChangingTransaction.mark(this);
        AfterCommit.orRollback(this::forget);
    }

    private void forget() {
        slot.updateAndGet(s -> new Slot<>(s.changes() + 1, null));
    }
}
