package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * One long job of this page on a background thread, as the admin who started it. Progress
 * reaches the page at most five times a second, so a fast job does not flood it; a cancel is
 * asked for here and honoured by the job at its next step.
 */
final class BackgroundJob {

    private static final long REPORT_EVERY_NANOS = 200_000_000L;

    private final UI ui;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicLong lastReport = new AtomicLong(System.nanoTime());

    BackgroundJob(UI ui) {
        this.ui = ui;
    }

    void cancel() {
        cancelled.set(true);
    }

    boolean cancelled() {
        return cancelled.get();
    }

    /** Shows progress on the page, unless it was shown less than a fifth of a second ago. */
    void report(Runnable update) {
        long now = System.nanoTime();
        long last = lastReport.get();
        if (now - last > REPORT_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
            ui.access(update::run);
        }
    }

    /**
     * Runs {@code work}; its result goes to {@code finished}, a refusal's or failure's words to
     * {@code refused} (prefixed with {@code failurePrefix} when it was not a refusal).
     */
    <T> void start(
            String name, Callable<T> work, Consumer<T> finished, String failurePrefix, Consumer<String> refused) {
        Runnable run = () -> {
            try {
                T result = work.call();
                ui.access(() -> finished.accept(result));
            } catch (DomainException e) {
                ui.access(() -> refused.accept(e.getMessage()));
            } catch (Exception e) {
                ui.access(() -> refused.accept(failurePrefix + e.getMessage()));
            }
        };
        Thread.ofVirtual().name(name).start(new DelegatingSecurityContextRunnable(run));
    }
}
