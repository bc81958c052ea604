package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What someone probing the site sends, at every public route: odd page numbers, bad encodings,
 * over-long addresses, garbage conditional headers, TRACE, hostile form fields. Every answer is a
 * 4xx page (or the page itself), never a 5xx, and nothing of it leaves a stack trace in the log.
 */
@BroadsheetWebTest
@ExtendWith(OutputCaptureExtension.class)
class HostileRequestsHttpTest {

    static final List<String> PUBLIC_ROUTES = List.of(
            "/",
            "/americas",
            "/americas/bolivia/la-paz",
            "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city",
            "/americas/bolivia/la-paz/the-cable-car-that-rewired-a-city/",
            "/2021/03/an-old-permalink/",
            "/?p=1",
            "/?page_id=99999999999999999999",
            "/author/ana-quispe",
            "/tag/water",
            "/search?q=glacier",
            "/corrections",
            "/preview/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
            "/feed.xml",
            "/favicon.ico",
            "/favicon.svg",
            "/americas/feed.xml",
            "/sitemap.xml",
            "/sitemap-pages.xml",
            "/sitemap-articles-1.xml",
            "/robots.txt",
            "/page/about",
            "/media/1/0123456789abcdef-320.webp",
            "/login",
            "/desk/login",
            "/desk/login/code");

    /** Characters that made {@code URI.create} throw when they reached a redirect. */
    static final List<String> BAD_RETURN_PATHS =
            List.of("/a|b", "/a b", "/a<b", "/a\"b", "/a{b", "/a^b", "/a`b", "/a%", "/a%2", "/a\u00a0b", "/a\u2028b");

    @LocalServerPort
    int port;

    @Test
    void noHostileRequestGetsAServerErrorOrLeavesAStackTrace(CapturedOutput output) throws Exception {
        int logBefore = output.getAll().length();
        List<String> serverErrors = new ArrayList<>();
        for (String route : PUBLIC_ROUTES) {
            String join = route.contains("?") ? "&" : "?";
            for (String target : List.of(
                    route + join + "page=99999999999999999999",
                    route + join + "page=-1",
                    route + join + "page=%00",
                    route + join + "q=%ZZ&x=%C3%28",
                    route + "%ZZ",
                    route + "%C3%28",
                    route + "/" + "a".repeat(6000),
                    route + join + "x=" + "b".repeat(6000))) {
                check(serverErrors, "GET " + target, RawHttp.get(port, target));
            }
            for (String header : List.of(
                    "If-None-Match: \"garbage",
                    "If-None-Match: W/",
                    "If-Modified-Since: Mon, 99 Foo 99999 99:99:99 GMT",
                    "If-Modified-Since: yesterday",
                    "Range: bytes=oops",
                    "Accept: */*;q=abc",
                    "Accept-Encoding: gzip;q=nonsense, br;q=",
                    "Cookie: bs_consent=%%%; JSESSIONID=\u0001")) {
                check(serverErrors, "GET " + route + " with " + header, RawHttp.get(port, route, header));
            }
            check(serverErrors, "TRACE " + route, RawHttp.send(port, "TRACE", route, List.of(), ""));
        }
        check(serverErrors, "GET /error", RawHttp.get(port, "/error"));
        for (String number : List.of("214750", "999999", "0", "000001")) {
            String target = "/sitemap-articles-" + number + ".xml";
            check(serverErrors, "GET " + target, RawHttp.get(port, target));
        }
        for (String path : BAD_RETURN_PATHS) {
            String form =
                    "choice=accept&return=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
            check(
                    serverErrors,
                    "POST /consent return=" + path,
                    RawHttp.send(
                            port,
                            "POST",
                            "/consent",
                            List.of("Content-Type: application/x-www-form-urlencoded"),
                            form));
        }

        assertThat(serverErrors).isEmpty();
        String log = output.getAll().substring(logBefore);
        assertThat(log).as("stack traces logged").doesNotContain("\tat ");
    }

    @Test
    void aBadReturnPathAfterTheCookieAnswerGoesHome() throws Exception {
        for (String path : BAD_RETURN_PATHS) {
            String form =
                    "choice=refuse&return=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8);
            RawHttp.Response answer = RawHttp.send(
                    port, "POST", "/consent", List.of("Content-Type: application/x-www-form-urlencoded"), form);
            assertThat(answer.status()).as(path).isEqualTo(303);
            assertThat(answer.header("Location")).as(path).isIn("/", "http://localhost:" + port + "/");
        }
    }

    @Test
    void theErrorPageAskedForByNameIsNotFound() throws Exception {
        RawHttp.Response answer = RawHttp.get(port, "/error");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).contains("<html");
    }

    @Test
    void sitemapFilesPastTheLastAreNotFound() throws Exception {
        assertThat(RawHttp.get(port, "/sitemap-articles-1.xml").status()).isEqualTo(200);
        assertThat(RawHttp.get(port, "/sitemap-articles-2.xml").status()).isEqualTo(404);
        assertThat(RawHttp.get(port, "/sitemap-articles-214750.xml").status()).isEqualTo(404);
    }

    private static void check(List<String> serverErrors, String what, RawHttp.Response response) {
        if (response.status() >= 500 || response.status() < 100) {
            serverErrors.add(what + " → " + response.status());
        }
    }
}
