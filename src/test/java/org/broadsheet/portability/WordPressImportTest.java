package org.broadsheet.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A WordPress site moving in: its categories become sections parents first, its posts articles
 * with their status, and every old address answers with one 301; a dry run writes nothing, a
 * second import updates instead of duplicating, and one bad post does not stop the others.
 */
@BroadsheetWebTest
class WordPressImportTest {

    @LocalServerPort
    int port;

    @Autowired
    WordPressImport importer;

    @Autowired
    SectionService sections;

    private ImportReport run(String xml, boolean dryRun) throws Exception {
        return Acting.as(
                "admin",
                "ADMIN",
                () -> importer.run(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), dryRun, ImportProgress.NONE));
    }

    @Test
    void aDryRunReportsAndWritesNothingThenTheImportKeepsEveryOldAddressAndARepeatUpdates() throws Exception {
        ImportReport dry = run(WordPressExports.campaignSite("Rain and rivers"), true);
        assertThat(dry.count("articles to import", 0)).isEqualTo(3);
        assertThat(dry.count("sections to create", 0)).isEqualTo(2);
        assertThat(sections.tree().byPath("wp-news"))
                .as("a dry run writes nothing")
                .isEmpty();

        ImportReport report = run(WordPressExports.campaignSite("Rain and rivers"), false);
        assertThat(report.count("articles created", 0)).isEqualTo(3);
        assertThat(report.count("posts skipped (trash)", 0)).isEqualTo(1);
        assertThat(report.count("pages created", 0)).isEqualTo(1);
        assertThat(report.failures()).isEmpty();
        assertThat(report.notes())
                .as("a post without a category goes where WordPress keeps it")
                .anySatisfy(n -> assertThat(n.item()).isEqualTo("\"Filed nowhere\""));
        assertThat(RawHttp.get(port, "/uncategorized/filed-nowhere").status()).isEqualTo(200);
        assertThat(sections.tree().byPath("wp-news/riverside"))
                .as("the child listed before its parent")
                .isPresent();

        assertThat(RawHttp.get(port, "/wp-news/riverside/rain-and-rivers").status())
                .isEqualTo(200);
        for (String old : new String[] {"/?p=42", "/2021/03/rain-and-rivers", "/2021/03/rain-and-rivers/"}) {
            RawHttp.Response moved = RawHttp.get(port, old);
            assertThat(moved.status()).as(old).isEqualTo(301);
            assertThat(moved.header("Location")).as(old).endsWith("/wp-news/riverside/rain-and-rivers");
        }
        assertThat(RawHttp.get(port, "/category/wp-news/riverside/").header("Location"))
                .endsWith("/wp-news/riverside");
        assertThat(RawHttp.get(port, "/page/about-us").body()).contains("About us");
        assertThat(RawHttp.get(port, "/tag/floods/").header("Location"))
                .as("a tag's WordPress address")
                .endsWith("/tag/floods");
        assertThat(RawHttp.get(port, "/tag/floods").status()).isEqualTo(200);
        RawHttp.Response author = RawHttp.get(port, "/author/maria/");
        assertThat(author.status()).isEqualTo(301);
        assertThat(author.header("Location"))
                .as("an author's WordPress address, by login")
                .endsWith("/author/maria-import");
        assertThat(RawHttp.get(port, "/author/maria").header("Location")).endsWith("/author/maria-import");
        for (String attachmentPage : new String[] {"/2021/03/rain-and-rivers/photo/", "/?attachment_id=51"}) {
            assertThat(RawHttp.get(port, attachmentPage).header("Location"))
                    .as("an attachment's page leads to its post")
                    .endsWith("/wp-news/riverside/rain-and-rivers");
        }
        assertThat(RawHttp.get(port, "/?page_id=50").header("Location")).endsWith("/page/about-us");
        assertThat(RawHttp.get(port, "/?p=43").status())
                .as("a draft's number leads nowhere yet")
                .isEqualTo(404);
        assertThat(RawHttp.get(port, "/search?q=river+rose").body())
                .as("searchable as soon as the import is done, though it does not wait for the index's disk")
                .contains("Rain and rivers");
        String page = RawHttp.get(port, "/wp-news/riverside/rain-and-rivers").body();
        assertThat(page)
                .contains("<p>The river rose.</p>")
                .contains("María Import")
                .contains("Floods");

        ImportReport again = run(WordPressExports.campaignSite("Rain and rivers, updated"), false);
        assertThat(again.count("articles created", 0)).as("nothing twice").isZero();
        assertThat(again.count("articles updated", 0)).isEqualTo(3);
        assertThat(again.count("sections already there", 0)).isEqualTo(2);
        assertThat(RawHttp.get(port, "/wp-news/riverside/rain-and-rivers").body())
                .contains("Rain and rivers, updated");
    }
}
