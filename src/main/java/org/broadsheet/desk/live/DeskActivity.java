package org.broadsheet.desk.live;

import com.vaadin.flow.signals.shared.SharedNumberSignal;
import org.broadsheet.base.DeskContentChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts article changes, so every open desk view that lists articles can refresh when another
 * person (or the schedule) changes one, on this node or another (heard through the change feed).
 * Counted after commit, so a refresh sees the change.
 */
@Component
public class DeskActivity {

    private final SharedNumberSignal articleChanges = new SharedNumberSignal();

    @TransactionalEventListener(fallbackExecution = true)
    void articleChanged(DeskContentChanged changed) {
        articleChanges.incrementBy(1);
    }

    /** Read inside a signal effect to run it again after every article change. */
    public SharedNumberSignal articleChanges() {
        return articleChanges;
    }
}
