package org.broadsheet.portability.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Exports, restores and imports as metrics, for an operator watching a long one: per job, whether
 * it runs, how far it is ({@code broadsheet_jobs_items_done} of {@code broadsheet_jobs_items_planned}
 * rows, files or posts), and how each run ended ({@code broadsheet_jobs_finished_total{outcome}}).
 */
@Component
class JobMetrics {

    static final String EXPORT = "export";
    static final String RESTORE = "restore";
    static final String WORDPRESS_IMPORT = "wordpress-import";
    static final String WORDPRESS_EXPORT = "wordpress-export";

    private record Gauges(AtomicLong running, AtomicLong done, AtomicLong total) {}

    private final MeterRegistry registry;
    private final Map<String, Gauges> jobs;

    JobMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.jobs = Map.of(
                EXPORT, gauges(EXPORT),
                RESTORE, gauges(RESTORE),
                WORDPRESS_IMPORT, gauges(WORDPRESS_IMPORT),
                WORDPRESS_EXPORT, gauges(WORDPRESS_EXPORT));
    }

    private Gauges gauges(String job) {
        Gauges gauges = new Gauges(new AtomicLong(), new AtomicLong(), new AtomicLong());
        Gauge.builder("broadsheet.jobs.running", gauges.running(), AtomicLong::get)
                .tag("job", job)
                .description("Runs of the job going on now")
                .register(registry);
        Gauge.builder("broadsheet.jobs.items.done", gauges.done(), AtomicLong::get)
                .tag("job", job)
                .description("Items (rows, files, posts) the running or last run has done")
                .register(registry);
        Gauge.builder("broadsheet.jobs.items.planned", gauges.total(), AtomicLong::get)
                .tag("job", job)
                .description("Items the running or last run has to do, when known")
                .register(registry);
        return gauges;
    }

    private Gauges gaugesOf(String job) {
        Gauges gauges = jobs.get(job);
        if (gauges == null) {
            throw new IllegalArgumentException("Not a job: " + job);
        }
        return gauges;
    }

    /** Runs an export or a restore as a run of {@code job}: the progress it is told feeds the job's gauges too. */
    <T> T run(String job, ArchiveProgress progress, Function<ArchiveProgress, T> work) {
        ArchiveProgress watched = watching(gaugesOf(job), progress);
        return run(job, () -> work.apply(watched));
    }

    /** Runs a WordPress import: the items it reads feed the import's gauges too. */
    <T> T runImport(ImportProgress progress, Function<ImportProgress, T> work) {
        ImportProgress watched = watching(gaugesOf(WORDPRESS_IMPORT), progress);
        return run(WORDPRESS_IMPORT, () -> work.apply(watched));
    }

    /** Runs {@code work} as a run of {@code job}, counting how it ends. */
    private <T> T run(String job, Supplier<T> work) {
        Gauges gauges = gaugesOf(job);
        gauges.running().incrementAndGet();
        gauges.done().set(0);
        gauges.total().set(0);
        String outcome = "failed";
        try {
            T result = work.get();
            outcome = "completed";
            return result;
        } catch (ArchiveCancelled e) {
            outcome = "cancelled";
            throw e;
        } finally {
            gauges.running().decrementAndGet();
            registry.counter("broadsheet.jobs.finished", "job", job, "outcome", outcome)
                    .increment();
        }
    }

    private static ArchiveProgress watching(Gauges gauges, ArchiveProgress progress) {
        return new ArchiveProgress() {
            @Override
            public void at(long done, long total, String what) {
                gauges.done().set(done);
                gauges.total().set(total);
                progress.at(done, total, what);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }

    private static ImportProgress watching(Gauges gauges, ImportProgress progress) {
        return new ImportProgress() {
            @Override
            public void item(int itemsRead, String title) {
                gauges.done().set(itemsRead);
                progress.item(itemsRead, title);
            }

            @Override
            public boolean cancelled() {
                return progress.cancelled();
            }
        };
    }
}
