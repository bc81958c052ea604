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

    static String export(String firstTitle) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                <channel>
                <title>Old Campaign Site</title>
                <link>https://old-campaign.example.org</link>
                <wp:wxr_version>1.2</wp:wxr_version>
                <wp:author><wp:author_login>maria</wp:author_login><wp:author_display_name>María Import</wp:author_display_name></wp:author>
                <wp:category><wp:term_id>4</wp:term_id><wp:category_nicename>riverside</wp:category_nicename>
                  <wp:category_parent>wp-news</wp:category_parent><wp:cat_name>Riverside</wp:cat_name></wp:category>
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>wp-news</wp:category_nicename>
                  <wp:category_parent></wp:category_parent><wp:cat_name>WP News</wp:cat_name></wp:category>
                <wp:tag><wp:term_id>9</wp:term_id><wp:tag_slug>floods</wp:tag_slug><wp:tag_name>Floods</wp:tag_name></wp:tag>
                %s
                %s
                %s
                %s
                <item><title>About us</title><wp:post_id>50</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
                <item><title>photo.jpg</title><wp:post_id>51</wp:post_id><wp:status>inherit</wp:status><wp:post_type>attachment</wp:post_type></item>
                </channel></rss>
                """.formatted(
                        post(
                                42,
                                firstTitle,
                                "rain-and-rivers",
                                "publish",
                                "2021-03-04 10:20:30",
                                "riverside",
                                "The river rose.\\n\\nIt fell again.",
                                "2021/03/rain-and-rivers/"),
                        post(43, "Still a draft", "", "draft", "0000-00-00 00:00:00", "riverside", "Notes.", "?p=43"),
                        post(
                                44,
                                "Filed nowhere",
                                "filed-nowhere",
                                "publish",
                                "2021-03-05 10:00:00",
                                "",
                                "Text.",
                                "filed-nowhere/"),
                        post(
                                45,
                                "In the bin",
                                "in-the-bin",
                                "trash",
                                "2021-03-06 10:00:00",
                                "riverside",
                                "Gone.",
                                "in-the-bin/"));
    }

    static String post(
            long id,
            String title,
            String slug,
            String status,
            String date,
            String category,
            String content,
            String path) {
        return """
                <item><title>%s</title><link>https://old-campaign.example.org/%s</link>
                <dc:creator>maria</dc:creator>
                <content:encoded><![CDATA[%s]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
                <wp:post_id>%d</wp:post_id><wp:post_date_gmt>%s</wp:post_date_gmt><wp:post_name>%s</wp:post_name>
                <wp:status>%s</wp:status><wp:post_type>post</wp:post_type>
                %s
                <category domain="post_tag" nicename="floods"><![CDATA[Floods]]></category>
                </item>
                """.formatted(
                title,
                path,
                content.replace("\\n", "\n"),
                id,
                date,
                slug,
                status,
                category.isEmpty() ? "" : "<category domain=\"category\" nicename=\"" + category + "\">x</category>");
    }

    private ImportReport run(String xml, boolean dryRun) throws Exception {
        return Acting.as(
                "admin",
                "ADMIN",
                () -> importer.run(
                        new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), dryRun, ImportProgress.NONE));
    }

    @Test
    void aDryRunReportsAndWritesNothingThenTheImportKeepsEveryOldAddressAndARepeatUpdates() throws Exception {
        ImportReport dry = run(export("Rain and rivers"), true);
        assertThat(dry.count("articles to import", 0)).isEqualTo(3);
        assertThat(dry.count("sections to create", 0)).isEqualTo(2);
        assertThat(sections.tree().byPath("wp-news"))
                .as("a dry run writes nothing")
                .isEmpty();

        ImportReport report = run(export("Rain and rivers"), false);
        assertThat(report.count("articles created", 0)).isEqualTo(3);
        assertThat(report.count("posts skipped (trash)", 0)).isEqualTo(1);
        assertThat(report.count("pages not imported (static pages are not in this version)", 0))
                .isEqualTo(1);
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
        assertThat(RawHttp.get(port, "/?p=43").status())
                .as("a draft's number leads nowhere yet")
                .isEqualTo(404);
        String page = RawHttp.get(port, "/wp-news/riverside/rain-and-rivers").body();
        assertThat(page)
                .contains("<p>The river rose.</p>")
                .contains("María Import")
                .contains("Floods");

        ImportReport again = run(export("Rain and rivers, updated"), false);
        assertThat(again.count("articles created", 0)).as("nothing twice").isZero();
        assertThat(again.count("articles updated", 0)).isEqualTo(3);
        assertThat(again.count("sections already there", 0)).isEqualTo(2);
        assertThat(RawHttp.get(port, "/wp-news/riverside/rain-and-rivers").body())
                .contains("Rain and rivers, updated");
    }
}
