package org.broadsheet.site.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets a few public page renders run at once; the rest wait their turn. A render is CPU work: a
 * few dozen at once on a couple of cores only take turns on the same locks (the database's page
 * cache) and starve the JIT compiler, so they all finish later than they would one after another.
 * A render that cannot start within {@link #WAIT} is answered "busy" ({@link SiteBusy}), so a
 * flood of uncached addresses cannot pile up requests without end. Cached pages never wait here.
 */
@Component
class RenderSlots {

    static final Duration WAIT = Duration.ofSeconds(10);

    private final Semaphore slots;
    private final Duration wait;

    @Autowired
    RenderSlots(@Value("${broadsheet.renders-at-once:0}") int rendersAtOnce) {
        this(rendersAtOnce, WAIT);
    }

    RenderSlots(int rendersAtOnce, Duration wait) {
        this.slots = new Semaphore(rendersAtOnce > 0 ? rendersAtOnce : byDefault(), true);
        this.wait = wait;
    }

    /** Two per processor: one can wait on the database while the other works. */
    static int byDefault() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    <T> T run(Supplier<T> render) {
        try {
            if (!slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SiteBusy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteBusy();
        }
        try {
            return render.get();
        } finally {
            slots.release();
        }
    }

    /** No render could start in time: every slot stayed taken. */
    static final class SiteBusy extends RuntimeException {
        SiteBusy() {
            super("Every render slot stayed taken", null, false, false);
        }
    }
}
