package org.broadsheet.desk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * An admin uploads a WordPress export, tries a dry run, imports it, and reads the report; a foreign
 * file is refused. An export of the site is offered for download; restoring it over this full site
 * is refused.
 */
@BroadsheetTest
class ImportExportViewTest extends SpringBrowserlessTest {

    @Autowired
    SectionService sections;

    @Autowired
    ArticleService articles;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDryRunThenTheImportOfTheSameUploadWithAReport() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        assertThat(view.wordpress.start.isEnabled()).isFalse();
        test(view.wordpress.upload)
                .upload(
                        "export.xml",
                        "text/xml",
                        WordPressExports.campaignSite("Rain from the desk").getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(view.wordpress.start.isEnabled()).isTrue();

        test(view.wordpress.start).click();
        waitFor(view.wordpress.report::isVisible);
        assertThat(view.wordpress.report.getText())
                .contains("Dry run: nothing was written")
                .contains("3 articles to import");
        assertThat(sections.tree().byPath("wp-news")).isEmpty();

        test(view.wordpress.dryRun).click();
        test(view.wordpress.start).click();
        waitFor(() -> view.wordpress.report.isVisible()
                && view.wordpress.report.getText().contains("articles created"));
        assertThat(view.wordpress.report.getText())
                .contains("3 articles created")
                .doesNotContain("Dry run");
        assertThat(sections.tree().byPath("wp-news/riverside")).isPresent();
        assertThat(view.wordpress.start.isEnabled()).as("the file is used up").isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aFileThatIsNotAnExportIsRefusedSayingWhy() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        test(view.wordpress.upload)
                .upload(
                        "feed.xml",
                        "text/xml",
                        "<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>"
                                .getBytes(StandardCharsets.UTF_8));
        roundTrip();
        test(view.wordpress.start).click();
        waitFor(() -> view.wordpress.status.getText().contains("not a WordPress export"));
        assertThat(view.wordpress.report.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anExportIsOfferedForDownloadAndThisFullSiteRefusesToBeRestoredOver() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        assertThat(view.export.download.isVisible()).isFalse();
        assertThat(view.export.backups.getText()).contains("Nightly backups are off");

        test(view.export.start).click();
        waitFor(() -> view.export.download.isVisible());
        assertThat(view.export.status.getText()).startsWith("Export finished: broadsheet-export-");
        assertThat(view.export.download.getText()).startsWith("Download broadsheet-export-");
        var downloaded = new java.io.ByteArrayOutputStream();
        test(view.export.download).download(downloaded);
        byte[] archive = downloaded.toByteArray();
        assertThat(archive).as("a zip file").startsWith(0x50, 0x4b, 0x03, 0x04);

        long before = articles.countAll();
        test(view.restore.upload).upload("site.zip", "application/zip", archive);
        roundTrip();
        test(view.restore.start).click();
        test($(ConfirmDialog.class).single()).confirm();
        waitFor(() -> view.restore.status.getText().contains("already holds a site"));
        assertThat(articles.countAll()).as("nothing changed").isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aWordPressExportIsOfferedForDownload() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        test(view.export.forWordPress).click();
        waitFor(() -> view.export.download.isVisible());
        assertThat(view.export.download.getText())
                .startsWith("Download broadsheet-wordpress-")
                .endsWith(".xml");
        var downloaded = new java.io.ByteArrayOutputStream();
        test(view.export.download).download(downloaded);
        assertThat(downloaded.toString(StandardCharsets.UTF_8))
                .startsWith("<?xml")
                .contains("<wp:wxr_version>1.2</wp:wxr_version>");
    }

    /**
     * The import runs on its own thread and reaches the page through UI.access, whose tasks wait
     * for the session lock this test holds: run them as the lock's release would.
     */
    private void waitFor(BooleanSupplier condition) throws InterruptedException {
        VaadinSession session = VaadinSession.getCurrent();
        for (int i = 0; i < 200 && !condition.getAsBoolean(); i++) {
            Thread.sleep(50);
            session.getService().runPendingAccessTasks(session);
            roundTrip();
        }
        assertThat(condition.getAsBoolean()).as("done within 10 s").isTrue();
    }
}
