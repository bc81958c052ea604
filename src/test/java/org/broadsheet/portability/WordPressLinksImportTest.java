package org.broadsheet.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.WordPressExports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A post linking to another post of the same site, by its permalink or its number, links to the
 * article by id after the import, whichever of the two the file lists first; links elsewhere stay.
 */
@BroadsheetWebTest
class WordPressLinksImportTest {

    @LocalServerPort
    int port;

    @Autowired
    WordPressImport importer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void linksBetweenImportedPostsNameTheArticle() throws Exception {
        byte[] xml = export().getBytes(StandardCharsets.UTF_8);
        ImportReport report = Acting.as(
                "admin", "ADMIN", () -> importer.run(new ByteArrayInputStream(xml), false, ImportProgress.NONE));

        assertThat(report.count("articles whose links to other posts now follow them", 0))
                .isEqualTo(1);
        long target = jdbc.queryForObject("select id from article where slug = 'the-count'", Long.class);
        String body = jdbc.queryForObject("select body from article where slug = 'turnout'", String.class);
        assertThat(body)
                .contains("href=\"/linked-news/the-count\" data-article=\"" + target + "\">the count</a>")
                .contains("data-article=\"" + target + "\">by number</a>")
                .contains("href=\"https://elsewhere.example.net/report\"");
        assertThat(RawHttp.get(port, "/linked-news/turnout").body()).contains("href=\"/linked-news/the-count\"");
    }

    private static String export() {
        return WordPressExports.document("Linked site", "https://www.linked-site.example.org", """
                <wp:category><wp:term_id>3</wp:term_id><wp:category_nicename>linked-news</wp:category_nicename>
                  <wp:category_parent></wp:category_parent><wp:cat_name>Linked news</wp:cat_name></wp:category>
                <item><title>Turnout</title><link>https://www.linked-site.example.org/2024/06/turnout/</link>
                  <content:encoded><![CDATA[Read <a href="https://www.linked-site.example.org/2024/06/the-count/">the count</a>,\
                 also <a href="https://linked-site.example.org/?p=91">by number</a>, and \
                <a href="https://elsewhere.example.net/report">a report</a>.]]></content:encoded>
                  <wp:post_id>90</wp:post_id><wp:post_date_gmt>2024-06-01 10:00:00</wp:post_date_gmt>
                  <wp:post_name>turnout</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  <category domain="category" nicename="linked-news">Linked news</category>
                </item>
                <item><title>The count</title><link>https://www.linked-site.example.org/2024/06/the-count/</link>
                  <content:encoded><![CDATA[It took all night.]]></content:encoded>
                  <wp:post_id>91</wp:post_id><wp:post_date_gmt>2024-06-02 10:00:00</wp:post_date_gmt>
                  <wp:post_name>the-count</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
                  <category domain="category" nicename="linked-news">Linked news</category>
                </item>
                                """);
    }
}
