package org.broadsheet.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.broadsheet.portability.wordpress.WxrHandler;
import org.broadsheet.portability.wordpress.WxrItem;
import org.broadsheet.portability.wordpress.WxrReader;
import org.broadsheet.testsupport.Acting;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * WordPress's own Theme Unit Test export, read from the shared fixtures when they are present (it
 * is not ours to copy into the repository): it imports without a failed item, and every published
 * post and page answers at its new address and, from its old permalink, with one 301 there.
 */
@BroadsheetWebTest
class ThemeUnitTestImportTest {

    static final Path FIXTURE = Path.of("../shared/fixtures/wordpress/themeunittestdata.wordpress.xml");

    @LocalServerPort
    int port;

    @Autowired
    WordPressImport importer;

    @Test
    void everyPublishedPostAndPageIsReadableAtItsNewAddressAndReachedFromItsOldOne() throws Exception {
        Assumptions.assumeTrue(Files.isReadable(FIXTURE), "the Theme Unit Test file is not here");
        ImportReport report;
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            report = Acting.as("admin", "ADMIN", () -> importer.run(in, false, ImportProgress.NONE));
        }
        System.out.println(report.summary());
        assertThat(report.failures()).isEmpty();

        List<WxrItem> published = new ArrayList<>();
        try (InputStream in = Files.newInputStream(FIXTURE)) {
            new WxrReader().read(in, new WxrHandler() {
                @Override
                public void item(WxrItem item) {
                    if ((item.type().equals("post") || item.type().equals("page"))
                            && item.status().equals("publish")) {
                        published.add(item);
                    }
                }
            });
        }
        assertThat(report.count("articles created", 0) + report.count("pages created", 0))
                .isGreaterThanOrEqualTo(published.size());
        for (WxrItem post : published) {
            String old = "/" + java.net.URI.create(post.link()).getRawPath().replaceAll("^/+", "");
            RawHttp.Response moved = RawHttp.get(port, old);
            assertThat(moved.status()).as(post.title() + " at " + old).isEqualTo(301);
            String now = moved.header("Location").replaceFirst("^https?://[^/]+", "");
            assertThat(RawHttp.get(port, now).status())
                    .as(post.title() + " at " + now)
                    .isEqualTo(200);
            assertThat(RawHttp.get(port, "/?p=" + post.postId()).header("Location"))
                    .endsWith(now);
        }
    }
}
