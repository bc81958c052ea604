package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.broadsheet.portability.service.ArchiveProgress;

/** An export's or restore's progress on the page: the bar, a line saying what it is at, the cancel button's wish. */
final class ProgressShown implements ArchiveProgress {

    private final BackgroundJob job;
    private final ProgressBar bar;
    private final Paragraph status;
    private final String doing;

    ProgressShown(BackgroundJob job, ProgressBar bar, Paragraph status, String doing) {
        this.job = job;
        this.bar = bar;
        this.status = status;
        this.doing = doing;
    }

    @Override
    public void at(long done, long total, String what) {
        job.report(() -> {
            bar.setValue(total == 0 ? 1 : Math.min(1, (double) done / total));
            status.setText(doing + " " + what + "… " + done + " of " + total);
        });
    }

    @Override
    public boolean cancelled() {
        return job.cancelled();
    }
}
