package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.AuditEventRepository;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Guessing passwords through the real login form: the account locks and every try is audited. */
@BroadsheetWebTest
class LoginProtectionHttpTest {

    static final String PASSWORD = "a long and private phrase";

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Autowired
    AuditEventRepository audit;

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneAndAnAdminCanUnlock() throws Exception {
        long id = SystemActor.call(() -> accounts.create(
                new NewAccount("guessed", "Guessed", "guessed@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        assertThat(login("guessed", PASSWORD)).as("the right password works").doesNotContain("error");

        for (int i = 0; i < 5; i++) {
            assertThat(login("guessed", "wrong guess " + i)).contains("/desk/login?error");
        }
        assertThat(login("guessed", PASSWORD))
                .as("locked, even with the right password, and its owner is told so")
                .contains("/desk/login?locked=");
        assertThat(audit.findAll()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("login.lockout");
            assertThat(e.getActor()).isEqualTo("guessed");
        });
        assertThat(audit.findAll())
                .filteredOn(e ->
                        e.getAction().equals("login.failure") && e.getActor().equals("guessed"))
                .hasSizeGreaterThanOrEqualTo(6);

        SystemActor.run(() -> accounts.unlock(id));
        assertThat(login("guessed", PASSWORD)).doesNotContain("error");
    }

    @Test
    void unknownUsersGetTheSameAnswerAsWrongPasswords() throws Exception {
        assertThat(login("nobody-at-all", "whatever it is")).contains("/desk/login?error");
    }

    @Test
    void aUsernameLongerThanAnyAccountIsAWrongLoginAndIsAudited() throws Exception {
        String longName = "x".repeat(300);
        assertThat(login(longName, "whatever it is")).contains("/desk/login?error");
        assertThat(audit.findAll()).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("login.failure");
            assertThat(e.getActor()).startsWith("xxxx").hasSizeLessThanOrEqualTo(100);
        });
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedEvenWithTheRightPassword() throws Exception {
        SystemActor.call(() -> accounts.create(
                new NewAccount("lured", "Lured", "lured@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        for (String[] crossSite : List.of(
                new String[] {"Origin", "https://evil.example"},
                new String[] {"Sec-Fetch-Site", "cross-site"},
                new String[] {"Origin", "null"})) {
            HttpClient http = browser();
            HttpResponse<Void> posted = postLogin(http, "lured", PASSWORD, crossSite);
            assertThat(posted.statusCode()).as(String.join(": ", crossSite)).isEqualTo(403);
            assertThat(deskAnswer(http))
                    .as("still logged out after " + crossSite[0])
                    .contains("/desk/login");
        }
        HttpClient http = browser();
        HttpResponse<Void> sameSite = postLogin(http, "lured", PASSWORD, "Origin", "http://localhost:" + port);
        assertThat(sameSite.statusCode()).isIn(302, 303);
        assertThat(sameSite.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    @Test
    void withoutATrustedProxyAForwardedAddressIsNotBelieved() throws Exception {
        String forged = "203.0.113.99";
        postLogin(browser(), "forwarded-nobody", "wrong guess", "X-Forwarded-For", forged);
        assertThat(audit.findAll())
                .filteredOn(e -> e.getActor().equals("forwarded-nobody"))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.getIp()).isNotEqualTo(forged));
    }

    private HttpClient browser() {
        return HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
    }

    private HttpResponse<Void> postLogin(HttpClient http, String username, String password, String... headers)
            throws Exception {
        String base = "http://localhost:" + port;
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/desk/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpRequest.Builder post = HttpRequest.newBuilder(URI.create(base + "/desk/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (headers.length > 0) {
            post.headers(headers);
        }
        return http.send(post.build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Where the desk sends this browser: its login page while nobody is logged in. */
    private String deskAnswer(HttpClient http) throws Exception {
        HttpResponse<Void> desk = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/desk/articles"))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return desk.statusCode() + " " + desk.headers().firstValue("Location").orElse("");
    }

    /** Posts the login form and returns where the server sends the browser next. */
    private String login(String username, String password) throws Exception {
        HttpResponse<Void> response = postLogin(browser(), username, password);
        assertThat(response.statusCode()).isIn(302, 303);
        return response.headers().firstValue("Location").orElse("");
    }
}
