package org.broadsheet.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A cached page sent ahead of the application goes out exactly as the application sends it. */
@BroadsheetWebTest
class CachedPageHttpTest {

    /** What the container writes for each response, and what differs only by the encoding chosen. */
    static final Set<String> PER_RESPONSE = Set.of("date", "vary", "content-length", "connection", "keep-alive");

    @LocalServerPort
    int port;

    @Autowired
    PageCache cache;

    @Test
    void aPageAnsweredAheadCarriesTheApplicationsHeadersAndBody() throws Exception {
        for (String path : List.of("/britain/health/waiting-lists-seen-from-the-waiting-room", "/", "/feed.xml")) {
            cache.onChange(PublicContentChanged.everything());
            RawHttp.Response rendered = RawHttp.get(port, path);
            RawHttp.Response ahead = RawHttp.get(port, path);
            // a parameter no page reads takes the whole way through the application to the same page
            RawHttp.Response through = RawHttp.get(port, path + "?utm_source=x");

            assertThat(ahead.status()).as(path).isEqualTo(200);
            assertThat(headers(ahead)).as(path).isEqualTo(headers(through)).isEqualTo(headers(rendered));
            assertThat(headers(ahead)).as(path).anyMatch(h -> h.startsWith("content-security-policy:"));
            assertThat(vary(ahead)).as(path).isEqualTo(vary(through)).containsExactly("accept-encoding", "cookie");
            assertThat(ahead.body()).as(path).isEqualTo(through.body()).isEqualTo(rendered.body());
        }
    }

    @Test
    void aConsentAnswerReachesItsOwnCachedPage() throws Exception {
        String path = "/britain/health/waiting-lists-seen-from-the-waiting-room";
        String unanswered = RawHttp.get(port, path).body();
        String refused = RawHttp.get(port, path, "Cookie: bs_consent=refuse").body();

        assertThat(RawHttp.get(port, path, "Cookie: bs_consent=refuse").body()).isEqualTo(refused);
        assertThat(RawHttp.get(port, path).body()).isEqualTo(unanswered);
        assertThat(refused).isNotEqualTo(unanswered);
    }

    private static TreeSet<String> headers(RawHttp.Response response) {
        TreeSet<String> headers = new TreeSet<>();
        for (String line : response.headers()) {
            String name = line.substring(0, line.indexOf(':')).toLowerCase(Locale.ROOT);
            if (!PER_RESPONSE.contains(name)) {
                headers.add(name + ":" + line.substring(line.indexOf(':') + 1).strip());
            }
        }
        return headers;
    }

    private static TreeSet<String> vary(RawHttp.Response response) {
        return new TreeSet<>(
                Arrays.stream(response.header("Vary").toLowerCase(Locale.ROOT).split(","))
                        .map(String::strip)
                        .toList());
    }
}
