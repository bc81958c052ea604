package org.broadsheet.desk.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
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
                .as("locked, even with the right password")
                .contains("/desk/login?error");
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

    /** Posts the login form and returns where the server sends the browser next. */
    private String login(String username, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new java.net.CookieManager())
                .build();
        String base = "http://localhost:" + port;
        http.send(
                HttpRequest.newBuilder(URI.create(base + "/desk/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/desk/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isIn(302, 303);
        return response.headers().firstValue("Location").orElse("");
    }
}
