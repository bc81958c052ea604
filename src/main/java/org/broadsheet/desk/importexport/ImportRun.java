package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.broadsheet.base.DomainException;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * One import on a background thread as the admin who started it: tells the page how far into the
 * file it is (at most five times a second, so the page is not flooded) and stops when cancelled,
 * between two posts.
 */
final class ImportRun {

    /** How far, as a fraction of the file read, and the item last read. */
    record Progress(double fraction, int itemsRead, String lastTitle) {}

    private static final long REPORT_EVERY_NANOS = 200_000_000L;

    private final AtomicBoolean cancelled = new AtomicBoolean();

    void cancel() {
        cancelled.set(true);
    }

    void start(
            UI ui,
            WordPressImport importer,
            File file,
            boolean dryRun,
            Consumer<Progress> progress,
            Consumer<ImportReport> finished,
            Consumer<String> refused) {
        long size = Math.max(1, file.length());
        Runnable work = () -> {
            AtomicLong read = new AtomicLong();
            long[] lastReport = {System.nanoTime()};
            try (InputStream in = counting(new BufferedInputStream(Files.newInputStream(file.toPath())), read)) {
                ImportReport report = importer.run(in, dryRun, new ImportProgress() {
                    @Override
                    public void item(int itemsRead, String title) {
                        long now = System.nanoTime();
                        if (now - lastReport[0] > REPORT_EVERY_NANOS) {
                            lastReport[0] = now;
                            Progress at = new Progress((double) read.get() / size, itemsRead, title);
                            ui.access(() -> progress.accept(at));
                        }
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelled.get();
                    }
                });
                ui.access(() -> finished.accept(report));
            } catch (DomainException e) {
                ui.access(() -> refused.accept(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                ui.access(() -> refused.accept("The import stopped: " + e.getMessage()));
            }
        };
        Thread.ofVirtual().name("wordpress-import").start(new DelegatingSecurityContextRunnable(work));
    }

    private static InputStream counting(InputStream in, AtomicLong read) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    read.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    read.addAndGet(n);
                }
                return n;
            }
        };
    }
}
