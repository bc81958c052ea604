package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.site.service.SiteSettingsService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The login as a visitor meets it: plain HTML pages that cost no session, every other desk
 * address sending an anonymous visitor there before Vaadin starts anything, and the way back to
 * where they were going after the password.
 */
@BroadsheetWebTest
class LoginPagesHttpTest {

    static final String PASSWORD = "a private phrase for the login page";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    SiteSettingsService settings;

    @Test
    void theLoginPageIsAPlainFormThatCostsNoSession() throws Exception {
        RawHttp.Response page = RawHttp.get(port, "/desk/login");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Set-Cookie")).isEmpty();
        assertThat(page.header("Cache-Control")).contains("no-store");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("form[method=post][action=/desk/login] input[name=username][autocomplete=username]"))
                .hasSize(1);
        assertThat(html.select("form input[name=password][type=password]")).hasSize(1);
        assertThat(html.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(html.select("script")).isEmpty();
    }

    @Test
    void anonymousVisitorsToTheDeskAreSentToTheLoginWithoutASessionOrAVaadinUi() throws Exception {
        List<String> sessions = new ArrayList<>();
        List<String> notSentToLogin = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            for (String target :
                    List.of("/desk/", "/desk/?v-r=init&location=&query=" + i, "/desk/articles", "/desk/sections")) {
                RawHttp.Response answer = RawHttp.get(port, target);
                if (answer.text().toLowerCase().contains("set-cookie: jsessionid")) {
                    sessions.add(target);
                }
                if (answer.status() / 100 != 3 || !answer.header("Location").equals("/desk/login")) {
                    notSentToLogin.add(target + " → " + answer.status() + " " + answer.header("Location"));
                }
            }
        }
        assertThat(sessions).as("requests that made a session").isEmpty();
        assertThat(notSentToLogin).as("requests not sent to the login page").isEmpty();
    }

    @Test
    void afterThePasswordTheDeskOpensWhereTheVisitorWasGoing() throws Exception {
        SystemActor.call(() -> accounts.create(
                new NewAccount("returning", "Returning", "returning@example.org", PASSWORD, EnumSet.of(Role.EDITOR))));
        RawHttp.Response asked = RawHttp.get(port, "/desk/sections");
        String savedRequest = cookie(asked, "REDIRECT_URI");
        assertThat(savedRequest)
                .as("where the visitor was going, kept in a cookie")
                .isNotEmpty();

        RawHttp.Response loggedIn = RawHttp.send(
                port,
                "POST",
                "/desk/login",
                List.of("Content-Type: application/x-www-form-urlencoded", "Cookie: " + savedRequest),
                form("returning", PASSWORD));
        assertThat(loggedIn.header("Location")).endsWith("/desk/sections");
        String session = cookie(loggedIn, "JSESSIONID");
        assertThat(RawHttp.get(port, "/desk/sections", "Cookie: " + session).status())
                .isEqualTo(200);
    }

    @Test
    void eachRefusalIsExplainedOnThePage() throws Exception {
        Instant until = Instant.parse("2026-12-01T10:15:00Z");
        Document locked = Jsoup.parse(RawHttp.get(port, "/desk/login?locked=" + until.getEpochSecond())
                .body());
        var zone = settings.identity().zone();
        assertThat(locked.select("[role=alert] strong").text()).isEqualTo("This account is locked for now");
        assertThat(locked.select("[role=alert] p").text())
                .contains(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", java.util.Locale.ENGLISH)
                                .format(until.atZone(zone))
                        + " (" + zone.getId() + ")");
        assertThat(Jsoup.parse(RawHttp.get(port, "/desk/login?error").body())
                        .select("[role=alert] strong")
                        .text())
                .isEqualTo("Wrong username or password");
        assertThat(Jsoup.parse(RawHttp.get(port, "/desk/login?throttled").body())
                        .select("[role=alert] strong")
                        .text())
                .isEqualTo("Too many attempts");
        assertThat(Jsoup.parse(RawHttp.get(port, "/desk/login?locked=soon").body())
                        .select("[role=alert]"))
                .isEmpty();
        assertThat(RawHttp.get(port, "/desk/login/code").header("Location"))
                .as("no password given: no second step")
                .isEqualTo("/desk/login");
    }

    private static String form(String username, String password) {
        return "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
    }

    /** "NAME=value" of a cookie the response sets, or "". */
    static String cookie(RawHttp.Response response, String name) {
        return response.text()
                .lines()
                .takeWhile(line -> !line.isEmpty())
                .filter(line -> line.toLowerCase().startsWith("set-cookie: " + name.toLowerCase() + "="))
                .map(line -> line.substring("set-cookie: ".length()).split(";", 2)[0])
                .findFirst()
                .orElse("");
    }
}
