package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** With {@code broadsheet.site-url} configured, every absolute URL starts with it, whatever the request says. */
@BroadsheetWebTest
@TestPropertySource(properties = "broadsheet.site-url=https://news.example.org/")
class ConfiguredSiteUrlHttpTest {

    @LocalServerPort
    int port;

    @Autowired
    SiteSettingsService settings;

    @Test
    void theConfiguredAddressIsTheOnlyOne() throws Exception {
        String article = RawHttp.get(
                        port, "/britain/health/waiting-lists-seen-from-the-waiting-room", "Host: evil.example")
                .body();
        assertThat(article)
                .contains("<link rel=\"canonical\" href=\"https://news.example.org/britain/health/"
                        + "waiting-lists-seen-from-the-waiting-room\"")
                .doesNotContain("evil.example")
                .doesNotContain("localhost");
        assertThat(RawHttp.get(port, "/feed.xml").body())
                .contains("https://news.example.org/")
                .doesNotContain("localhost");
        assertThat(settings.identity().publicUrl()).isEqualTo("https://news.example.org");
        assertThat(settings.publicUrlConfigured()).isTrue();
    }
}
