package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

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
}
