package org.broadsheet.base;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A small table every page reads a few rows of (authors, tags), kept whole in memory until told
 * it changed ({@link KeptUntilChanged}). A row made since it was read, here or on another node,
 * is read from the database on its own, so it is never missing, only not kept yet. A table too
 * large to keep whole keeps its most used rows ({@link KeptMostUsed}).
 */
public final class KeptById<T> {

    private final KeptUntilChanged<Map<Long, T>> kept = new KeptUntilChanged<>();
    private final Supplier<Map<Long, T>> all;
    private final Function<Collection<Long>, Map<Long, T>> some;

    /**
     * @param all  every row, by id
     * @param some the rows with these ids, by id
     */
    public KeptById(Supplier<Map<Long, T>> all, Function<Collection<Long>, Map<Long, T>> some) {
        this.all = all;
        this.some = some;
    }

    /** The rows with these ids that exist, by id. */
    public Map<Long, T> get(Collection<Long> ids) {
        Map<Long, T> rows = kept.get(all);
        List<Long> missing = ids.stream().filter(id -> !rows.containsKey(id)).toList();
        if (missing.isEmpty()) {
            return rows;
        }
        Map<Long, T> found = new HashMap<>(rows);
        found.putAll(some.apply(missing));
        return found;
    }

    /** Forgets the rows: see {@link KeptUntilChanged#changed()}. */
    public void changed() {
        kept.changed();
    }
}
