package org.broadsheet.desk.bulk;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.broadsheet.content.service.BulkAction;
import org.broadsheet.content.service.BulkArticleActions;
import org.broadsheet.content.service.BulkOutcome;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Runs a bulk action over the selection on a background thread as the person who asked, one
 * article at a time, telling the page how far it got (every 25 rows and at the end) without
 * holding the UI lock between rows.
 */
public final class BulkRun {

    private static final int REPORT_EVERY = 25;

    private BulkRun() {}

    public static void start(
            UI ui,
            BulkArticleActions actions,
            BulkAction action,
            List<Long> ids,
            BiConsumer<Integer, Integer> progress,
            Consumer<List<BulkOutcome>> finished) {
        Runnable work = () -> {
            List<BulkOutcome> outcomes = new ArrayList<>();
            for (long id : ids) {
                outcomes.add(actions.apply(action, id));
                int done = outcomes.size();
                if (done % REPORT_EVERY == 0 && done < ids.size()) {
                    ui.access(() -> progress.accept(done, ids.size()));
                }
            }
            ui.access(() -> {
                progress.accept(ids.size(), ids.size());
                finished.accept(outcomes);
            });
        };
        Thread.ofVirtual().name("bulk-" + action.kind()).start(new DelegatingSecurityContextRunnable(work));
    }
}
