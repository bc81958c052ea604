package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Cache poisoning through the address a request claims: a forged {@code Host},
 * {@code X-Forwarded-Host} or {@code Forwarded} never reaches a canonical link, a feed, a sitemap
 * or a redirect, so the page cache cannot hand it to later readers. With no configured address the
 * first request's is kept, once, and shown in the settings.
 */
@BroadsheetWebTest
class ForgedHostHttpTest {

    static final List<String> FORGERIES = List.of(
            "Host: evil.example",
            "X-Forwarded-Host: evil.example",
            "Forwarded: host=evil.example;proto=https",
            "X-Forwarded-Proto: https");

    static final List<String> PAGES = List.of(
            "/britain/health",
            "/britain/health/waiting-lists-seen-from-the-waiting-room",
            "/",
            "/author/ana-quispe",
            "/feed.xml?utm_source=x",
            "/britain/feed.xml",
            "/sitemap.xml",
            "/sitemap-pages.xml",
            "/sitemap-articles-1.xml",
            "/robots.txt",
            "/page/about",
            "/search?q=water");

    @LocalServerPort
    int port;

    @Autowired
    SiteSettingsService settings;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void aForgedAddressReachesNoReaderAndNoCachedPage() throws Exception {
        String origin = "http://localhost:" + port;
        assertThat(RawHttp.get(port, "/opinion").status()).isEqualTo(200);
        assertThat(settings.identity().publicUrl())
                .as("kept from the first request")
                .isEqualTo(origin);

        for (String forgery : FORGERIES) {
            events.publishEvent(PublicContentChanged.everything());
            for (String page : PAGES) {
                RawHttp.Response forged = RawHttp.get(port, page, forgery);
                assertThat(forged.status()).as(page + " with " + forgery).isIn(200, 400);
                assertThat(forged.text()).as(page + " with " + forgery).doesNotContain("evil.example");
                if (!forgery.startsWith("Host:")) {
                    assertThat(forged.text()).as(page + " with " + forgery).doesNotContain("https://localhost");
                }
                RawHttp.Response later = RawHttp.get(port, page);
                assertThat(later.text()).as("after " + forgery + ": " + page).doesNotContain("evil.example");
            }
        }
        String article = RawHttp.get(port, "/britain/health/waiting-lists-seen-from-the-waiting-room")
                .body();
        assertThat(article)
                .contains("<link rel=\"canonical\" href=\"" + origin
                        + "/britain/health/waiting-lists-seen-from-the-waiting-room\"");
        assertThat(RawHttp.get(port, "/robots.txt").body()).contains("Sitemap: " + origin + "/sitemap.xml");
    }

    @Test
    void redirectsToTheLoginAndMovedPagesNameNoForgedHost() throws Exception {
        for (String forgery : FORGERIES) {
            for (String target : List.of("/desk/articles", "/login", "/desk")) {
                RawHttp.Response answer = RawHttp.get(port, target, forgery);
                assertThat(answer.header("Location"))
                        .as(target + " with " + forgery)
                        .doesNotContain("evil.example");
            }
        }
    }
}
