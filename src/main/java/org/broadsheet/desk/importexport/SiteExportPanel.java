package org.broadsheet.desk.importexport;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.desk.DeskFeedback;
import org.broadsheet.portability.service.ArchiveProgress;
import org.broadsheet.portability.service.NightlyBackup;
import org.broadsheet.portability.service.SiteExport;
import org.broadsheet.portability.service.WordPressExport;
import org.jspecify.annotations.Nullable;
import org.springframework.util.FileSystemUtils;

/**
 * Everything of the site in one file, made in the background with a progress bar and offered for
 * download; the file is deleted when the admin leaves the page. Says plainly what is in it, and
 * how the nightly backups stand.
 */
final class SiteExportPanel extends Section {

    final Button start = new Button("Export everything");
    final Button forWordPress = new Button("Export for WordPress");
    final Button cancel = new Button("Cancel");
    final ProgressBar progress = new ProgressBar();
    final Paragraph status = new Paragraph();
    final Anchor download = new Anchor();
    final Paragraph backups = new Paragraph();

    private @Nullable Path folder;
    private @Nullable BackgroundJob running;

    SiteExportPanel(SiteExport exporter, WordPressExport wordpress, NightlyBackup nightly) {
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startExport("site-export", exporter::exportInto));
        forWordPress.addClickListener(e -> startExport("wordpress-export", wordpress::exportInto));
        cancel.setVisible(false);
        cancel.addClickListener(e -> {
            if (running != null) {
                running.cancel();
            }
        });
        progress.setVisible(false);
        download.setVisible(false);
        download.getElement().setAttribute("download", true);
        backups.setText(describe(nightly.status()));
        addDetachListener(e -> forgetFile());
        add(
                new H3("Export everything"),
                new Paragraph("One zip file with every section, tag, author, account, article with all its revisions,"
                        + " redirect, page, setting, picture and the audit log. Restored into a new Broadsheet, on"
                        + " the embedded database or PostgreSQL, it gives back this same site."),
                sensitive(),
                new Paragraph("For WordPress, the articles, pages, sections (as categories), tags, bylines and"
                        + " pictures go out as a WordPress export file (Tools › Import › WordPress there): no"
                        + " accounts, no revisions."),
                new HorizontalLayout(start, forWordPress, cancel),
                progress,
                status,
                download,
                backups);
    }

    private static Paragraph sensitive() {
        Span what = new Span("The file holds every account's password hash and two-step secret. ");
        what.getStyle().setFontWeight("600");
        return new Paragraph(
                what, new Span("Keep it as safe as the server itself, and delete copies you no longer need."));
    }

    /** What writes an export into a folder and returns the file. */
    private interface Export {
        Path into(Path folder, ArchiveProgress progress);
    }

    private void startExport(String name, Export export) {
        if (running != null) {
            return;
        }
        forgetFile();
        Path into = temporaryFolder();
        folder = into;
        BackgroundJob job = new BackgroundJob(UI.getCurrent());
        running = job;
        start.setEnabled(false);
        forWordPress.setEnabled(false);
        cancel.setVisible(true);
        progress.setVisible(true);
        progress.setValue(0);
        status.setText("Exporting…");
        job.start(
                name,
                () -> export.into(into, new ProgressShown(job, progress, status, "Exporting")),
                this::finished,
                "The export stopped: ",
                why -> {
                    ended();
                    forgetFile();
                    status.setText(job.cancelled() ? "Export cancelled." : why);
                    if (!job.cancelled()) {
                        DeskFeedback.refused(why);
                    }
                });
    }

    private void finished(Path file) {
        ended();
        progress.setValue(1);
        String name = file.getFileName().toString();
        status.setText("Export finished: " + name + " (" + megabytes(file) + ").");
        download.setHref(DownloadHandler.forFile(file.toFile(), name));
        download.setText("Download " + name);
        download.setVisible(true);
        DeskFeedback.done("Export finished");
    }

    private void ended() {
        running = null;
        start.setEnabled(true);
        forWordPress.setEnabled(true);
        cancel.setVisible(false);
    }

    private void forgetFile() {
        download.setVisible(false);
        if (folder != null) {
            try {
                FileSystemUtils.deleteRecursively(folder);
            } catch (IOException e) {
                // a temporary folder the system cleans anyway
            }
            folder = null;
        }
    }

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("broadsheet-export");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String megabytes(Path file) {
        try {
            long bytes = Files.size(file);
            return bytes < 1_048_576
                    ? String.format("%d KB", Math.max(1, bytes / 1024))
                    : String.format("%.1f MB", bytes / 1_048_576.0);
        } catch (IOException e) {
            return "size unknown";
        }
    }

    private static String describe(NightlyBackup.Status nightly) {
        if (!nightly.enabled()) {
            return "Nightly backups are off. Start Broadsheet with broadsheet.backup.nightly=true"
                    + " (BROADSHEET_BACKUP_NIGHTLY=true) to keep an export of every night in "
                    + nightly.directory() + ".";
        }
        String newest = nightly.kept().isEmpty()
                ? "none written yet"
                : "the newest is " + nightly.kept().getFirst().getFileName();
        return "Nightly backups are on: the last " + nightly.keep() + " are kept in " + nightly.directory() + " ("
                + nightly.kept().size() + " there now, " + newest + ").";
    }
}
