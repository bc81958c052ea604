package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Rows kept by id are read once, each read again after its own change, never kept when a change
 * overlapped their read, and never kept from the changing transaction's own rows.
 */
class KeptMostUsedTest {

    final KeptMostUsed<String> kept = new KeptMostUsed<>(100);
    /** The "database": what each id holds now. */
    final Map<Long, String> rows = new HashMap<>(Map.of(1L, "one", 2L, "two"));
    /** The ids each load was asked for. */
    final List<List<Long>> loads = new ArrayList<>();

    final Function<List<Long>, Map<Long, String>> load = ids -> {
        loads.add(ids);
        Map<Long, String> found = new HashMap<>();
        ids.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
        return found;
    };

    @Test
    void eachIdIsReadOnceAndOnlyTheMissingOnesAreAskedFor() {
        assertThat(kept.getAll(List.of(1L), load)).isEqualTo(Map.of(1L, "one"));
        assertThat(kept.getAll(List.of(1L, 2L, 2L), load)).isEqualTo(Map.of(1L, "one", 2L, "two"));
        assertThat(kept.getAll(List.of(2L, 1L), load)).isEqualTo(Map.of(1L, "one", 2L, "two"));

        assertThat(loads).containsExactly(List.of(1L), List.of(2L));
    }

    @Test
    void anIdNotFoundIsAskedForAgainSoThatOneAddedLaterShows() {
        assertThat(kept.getAll(List.of(3L), load)).isEmpty();
        rows.put(3L, "three");

        assertThat(kept.getAll(List.of(3L), load)).isEqualTo(Map.of(3L, "three"));
    }

    @Test
    void aChangedIdIsReadAgainAndTheOthersStayKept() {
        kept.getAll(List.of(1L, 2L), load);
        rows.put(1L, "one, edited");
        kept.changed(1L);

        assertThat(kept.getAll(List.of(1L, 2L), load)).isEqualTo(Map.of(1L, "one, edited", 2L, "two"));
        assertThat(loads).containsExactly(List.of(1L, 2L), List.of(1L));
    }

    @Test
    void everythingChangedForgetsEveryId() {
        kept.getAll(List.of(1L, 2L), load);
        rows.put(2L, "two, restored");
        kept.changedAll();

        assertThat(kept.getAll(List.of(1L, 2L), load)).isEqualTo(Map.of(1L, "one", 2L, "two, restored"));
    }

    @Test
    void aReadThatAChangeOvertookIsNotKept() {
        // another thread's change commits while this read is under way: what it read may predate it
        Map<Long, String> stale = kept.getAll(List.of(1L), ids -> {
            Map<Long, String> read = load.apply(ids);
            rows.put(1L, "one, edited");
            kept.changed(1L);
            return read;
        });
        assertThat(stale).isEqualTo(Map.of(1L, "one"));

        assertThat(kept.getAll(List.of(1L), load)).isEqualTo(Map.of(1L, "one, edited"));
    }

    @Test
    void theChangingTransactionReadsItsOwnChangeWhateverOthersKeepMeanwhile() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        try {
            kept.changed(1L);
            // another thread reads while the change is not committed: it sees and keeps the old row
            Thread other = new Thread(() -> kept.getAll(List.of(1L), load));
            other.start();
            other.join();
            rows.put(1L, "this transaction's own row");
            assertThat(kept.getAll(List.of(1L), load)).isEqualTo(Map.of(1L, "this transaction's own row"));
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(kept.getAll(List.of(1L), load)).isEqualTo(Map.of(1L, "this transaction's own row"));
    }
}
