package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.portability.service.ImportOptions;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.jspecify.annotations.Nullable;

/**
 * Bringing a WordPress site in: the admin uploads its export (Tools › Export in WordPress), tries
 * it as a dry run, then imports it with a progress bar and a cancel button; the report says what
 * came in, what failed and what was left out.
 */
final class WordPressImportPanel extends Section {

    final Upload upload = new Upload();
    final Checkbox dryRun = new Checkbox("Dry run: read the file and report, write nothing", true);
    final Upload uploads = new Upload();
    final Checkbox keepRemote = new Checkbox("Keep pictures missing from the uploads at their old address");
    final Button start = new Button("Import");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Pre report = new Pre();

    private final WordPressImport importer;
    private @Nullable File file;
    private @Nullable String fileName;
    private @Nullable File uploadsZip;
    private @Nullable ImportRun running;

    WordPressImportPanel(WordPressImport importer) {
        this.importer = importer;
        upload.setMaxFiles(1);
        upload.setAcceptedFileExtensions(".xml");
        upload.setAcceptedMimeTypes("application/xml", "text/xml");
        // streamed to a temporary file: an export of a big site is hundreds of megabytes
        upload.setUploadHandler(UploadHandler.toTempFile((metadata, stored) -> {
            forgetFile();
            file = stored;
            fileName = metadata.fileName();
            start.setEnabled(true);
            status.setText(metadata.fileName() + " is ready. Try a dry run first, then import.");
        }));
        dryRun.setId("import-dry-run");
        keepRemote.setId("import-keep-remote");
        uploads.setMaxFiles(1);
        uploads.setAcceptedFileExtensions(".zip");
        uploads.setUploadHandler(UploadHandler.toTempFile((metadata, stored) -> {
            forgetUploads();
            uploadsZip = stored;
            status.setText(metadata.fileName() + " holds the pictures. " + (file == null ? "Now the export." : ""));
        }));
        addDetachListener(e -> {
            forgetFile();
            forgetUploads();
        });
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.setEnabled(false);
        start.addClickListener(e -> startImport());
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (running != null) {
                running.cancel();
                status.setText("Cancelling after the post being written…");
            }
        });
        progress.setVisible(false);
        report.addClassName("import-report");
        report.setVisible(false);
        add(
                new H3("Bring in a WordPress site"),
                new Paragraph("Upload the file WordPress makes under Tools › Export (All content). Categories"
                        + " become sections, posts become articles with their dates and authors, and every old"
                        + " address of a post answers with a permanent redirect to its new one. Importing the same"
                        + " file again updates what it brought in, without duplicates."),
                upload,
                new Paragraph("Pictures come from the site's wp-content/uploads folder: zip it and add it here"
                        + " (optional). Each picture joins the library with its description and caption; posts"
                        + " show it from there."),
                uploads,
                keepRemote,
                dryRun,
                new HorizontalLayout(start, cancel),
                progress,
                status,
                report);
    }

    private void startImport() {
        File chosen = file;
        if (chosen == null || running != null) {
            return;
        }
        boolean dry = dryRun.getValue();
        start.setEnabled(false);
        upload.clearFileList();
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setValue(0);
        report.setVisible(false);
        status.setText((dry ? "Reading " : "Importing ") + fileName + "…");
        ImportRun run = new ImportRun(UI.getCurrent());
        running = run;
        File pictures = uploadsZip;
        run.start(
                importer,
                chosen,
                new ImportOptions(dry, pictures == null ? null : pictures.toPath(), keepRemote.getValue()),
                at -> {
                    progress.setValue(Math.min(1, at.fraction()));
                    status.setText(at.itemsRead() + " items read; now: " + at.lastTitle());
                },
                done -> finished(done, chosen),
                why -> {
                    ended();
                    forgetFile();
                    status.setText(why);
                    DeskFeedback.refused(why);
                });
    }

    private void finished(ImportReport done, File imported) {
        ended();
        progress.setValue(1);
        if (done.dryRun() && !done.cancelled()) {
            // the file stays for the real import
            start.setEnabled(imported.equals(file));
        } else {
            forgetFile();
            forgetUploads();
        }
        status.setText(
                done.dryRun()
                        ? "Dry run finished. To bring the site in, untick the dry run and press Import."
                        : done.cancelled() ? "Import cancelled." : "Import finished.");
        report.setText(done.summary());
        report.setVisible(true);
        DeskFeedback.done(done.dryRun() ? "Dry run finished" : "Import finished");
    }

    private void forgetFile() {
        if (file != null) {
            file.delete();
            file = null;
        }
    }

    private void forgetUploads() {
        if (uploadsZip != null) {
            uploadsZip.delete();
            uploadsZip = null;
            uploads.clearFileList();
        }
    }

    private void ended() {
        running = null;
        cancel.setVisible(false);
        start.setEnabled(false);
    }
}
