package org.broadsheet.desk.importexport;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import java.nio.charset.StandardCharsets;
import java.util.function.BooleanSupplier;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** An admin uploads an export, tries a dry run, imports it, and reads the report; a foreign file is refused. */
@BroadsheetTest
class ImportExportViewTest extends SpringBrowserlessTest {

    @Autowired
    SectionService sections;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aDryRunThenTheImportOfTheSameUploadWithAReport() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        assertThat(view.start.isEnabled()).isFalse();
        test(view.upload)
                .upload(
                        "export.xml",
                        "text/xml",
                        WordPressExports.campaignSite("Rain from the desk").getBytes(StandardCharsets.UTF_8));
        roundTrip();
        assertThat(view.start.isEnabled()).isTrue();

        test(view.start).click();
        waitFor(view.report::isVisible);
        assertThat(view.report.getText())
                .contains("Dry run: nothing was written")
                .contains("3 articles to import");
        assertThat(sections.tree().byPath("wp-news")).isEmpty();

        test(view.dryRun).click();
        test(view.start).click();
        waitFor(() -> view.report.isVisible() && view.report.getText().contains("articles created"));
        assertThat(view.report.getText()).contains("3 articles created").doesNotContain("Dry run");
        assertThat(sections.tree().byPath("wp-news/riverside")).isPresent();
        assertThat(view.start.isEnabled()).as("the file is used up").isFalse();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aFileThatIsNotAnExportIsRefusedSayingWhy() throws Exception {
        ImportExportView view = navigate(ImportExportView.class);
        test(view.upload)
                .upload(
                        "feed.xml",
                        "text/xml",
                        "<rss version=\"2.0\"><channel><title>A feed</title></channel></rss>"
                                .getBytes(StandardCharsets.UTF_8));
        roundTrip();
        test(view.start).click();
        waitFor(() -> view.status.getText().contains("not a WordPress export"));
        assertThat(view.report.isVisible()).isFalse();
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
