package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** A kept value is read once, read again after a change, and never kept when a change overlapped its read. */
class KeptUntilChangedTest {

    final KeptUntilChanged<String> kept = new KeptUntilChanged<>();
    final AtomicInteger loads = new AtomicInteger();

    @Test
    void readOnceUntilAChange() {
        assertThat(kept.get(() -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        assertThat(kept.get(() -> "v" + loads.incrementAndGet())).isEqualTo("v1");
        kept.changed();
        assertThat(kept.get(() -> "v" + loads.incrementAndGet())).isEqualTo("v2");
    }

    @Test
    void aReadThatAChangeOvertookIsNotKept() {
        // another thread's change commits while this read is under way: what it read may predate it
        String stale = kept.get(() -> {
            kept.changed();
            return "read before the change committed";
        });
        assertThat(stale).isEqualTo("read before the change committed");
        assertThat(kept.get(() -> "read after")).isEqualTo("read after");
    }

    @Test
    void theChangingTransactionReadsItsOwnChangeWhateverOthersKeepMeanwhile() throws Exception {
        TransactionSynchronizationManager.initSynchronization();
        try {
            kept.changed();
            // another thread reads while the change is not committed: it sees and keeps the old state
            Thread other = new Thread(() -> kept.get(() -> "before the commit"));
            other.start();
            other.join();
            assertThat(kept.get(() -> "this transaction's own rows")).isEqualTo("this transaction's own rows");
            TransactionSynchronizationManager.getSynchronizations()
                    .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
        assertThat(kept.get(() -> "after the commit")).isEqualTo("after the commit");
    }
}
