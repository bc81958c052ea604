package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import java.io.BufferedInputStream;
import java.io.File;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.broadsheet.portability.service.ImportOptions;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;

/**
 * One WordPress import in the background: tells the page how far into the file it is and stops
 * when cancelled, between two posts.
 */
final class ImportRun {

    /** How far, as a fraction of the file read, and the item last read. */
    record Progress(double fraction, int itemsRead, String lastTitle) {}

    private final BackgroundJob job;

    ImportRun(UI ui) {
        this.job = new BackgroundJob(ui);
    }

    void cancel() {
        job.cancel();
    }

    void start(
            WordPressImport importer,
            File file,
            ImportOptions options,
            Consumer<Progress> progress,
            Consumer<ImportReport> finished,
            Consumer<String> refused) {
        // with pictures the file is read twice: first for them, then for the posts
        double passes = options.uploads() == null ? 1 : 2;
        long size = Math.max(1, file.length());
        AtomicLong read = new AtomicLong();
        AtomicLong opened = new AtomicLong();
        job.start(
                "wordpress-import",
                () -> importer.run(
                        () -> {
                            opened.incrementAndGet();
                            read.set(0);
                            return counting(new BufferedInputStream(Files.newInputStream(file.toPath())), read);
                        },
                        options,
                        new ImportProgress() {
                            @Override
                            public void item(int itemsRead, String title) {
                                double fraction = (opened.get() - 1 + (double) read.get() / size) / passes;
                                job.report(() -> progress.accept(new Progress(fraction, itemsRead, title)));
                            }

                            @Override
                            public boolean cancelled() {
                                return job.cancelled();
                            }
                        }),
                finished,
                "The import stopped: ",
                refused);
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
