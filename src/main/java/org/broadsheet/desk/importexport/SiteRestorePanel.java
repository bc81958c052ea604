package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.portability.service.ArchiveManifest;
import org.broadsheet.portability.service.SiteRestore;
import org.jspecify.annotations.Nullable;

/**
 * Restoring an export into this Broadsheet, which must be new and empty: upload, confirm, watch the
 * progress. The export's accounts replace this instance's, so the admin signs in again afterwards.
 */
final class SiteRestorePanel extends Section {

    final Upload upload = new Upload();
    final Button start = new Button("Restore");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();

    private final SiteRestore restorer;
    private @Nullable File file;
    private boolean running;

    SiteRestorePanel(SiteRestore restorer) {
        this.restorer = restorer;
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".zip");
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, stored) -> {
            forgetFile();
            file = stored;
            start.setEnabled(true);
            status.setText(metadata.fileName() + " is ready to restore.");
        }));
        start.addThemeVariants(ButtonVariant.LUMO_ERROR);
        start.setEnabled(false);
        start.addClickListener(e -> confirm());
        progress.setVisible(false);
        addDetachListener(e -> forgetFile());
        add(
                new H3("Restore an export"),
                new Paragraph("Moves a site here from another Broadsheet, or back from a backup. This Broadsheet"
                        + " must be new and empty: a restore never overwrites a site. The export's accounts replace"
                        + " the ones here, so afterwards you sign in with an account of the restored site."),
                upload,
                start,
                progress,
                status);
    }

    private void confirm() {
        ConfirmDialog ask = new ConfirmDialog(
                "Restore this export?",
                "Its accounts, settings and content replace this Broadsheet's. You will be signed out.",
                "Restore",
                e -> startRestore());
        ask.setCancelable(true);
        ask.setConfirmButtonTheme("error primary");
        ask.open();
    }

    private void startRestore() {
        File chosen = file;
        if (chosen == null || running) {
            return;
        }
        running = true;
        BackgroundJob job = new BackgroundJob(UI.getCurrent());
        start.setEnabled(false);
        upload.clearFileList();
        progress.setVisible(true);
        progress.setValue(0);
        status.setText("Restoring…");
        job.start(
                "site-restore",
                () -> restorer.restore(chosen.toPath(), new ProgressShown(job, progress, status, "Restoring")),
                this::finished,
                "The restore failed and changed nothing: ",
                why -> {
                    running = false;
                    forgetFile();
                    progress.setVisible(false);
                    status.setText(why);
                    DeskFeedback.refused(why);
                });
    }

    private void finished(ArchiveManifest restored) {
        running = false;
        forgetFile();
        progress.setValue(1);
        status.setText("Restored " + restored.summary() + " from the export of " + restored.createdAt()
                + ". Sign in with an account of the restored site.");
        DeskFeedback.done("Restore finished");
    }

    private void forgetFile() {
        if (file != null) {
            file.delete();
            file = null;
        }
    }
}
