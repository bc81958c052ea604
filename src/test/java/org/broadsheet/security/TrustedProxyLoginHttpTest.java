package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.AuditEventRepository;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Behind a trusted proxy (here the loopback), the client address is the one the proxy reports:
 * one attacker's failed guesses use up only their own allowance, never the real user's, and a
 * good login uses up nothing. Behind TLS at the proxy, the session cookie is {@code Secure}.
 */
@BroadsheetWebTest
@TestPropertySource(properties = {"broadsheet.trusted-proxies=127.0.0.1, ::1", "broadsheet.security.attempts-per-ip=8"})
class TrustedProxyLoginHttpTest {

    static final String PASSWORD = "behind the proxy, a private phrase";

    @Autowired
    AuditEventRepository audit;

    @Autowired
    UserAccountService accounts;

    @LocalServerPort
    int port;

    @Test
    void oneAddressGuessingDoesNotLockOutAnotherAndGoodLoginsCostNothing() throws Exception {
        SystemActor.call(() -> accounts.create(
                new NewAccount("proxied", "Proxied", "proxied@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        SystemActor.call(() -> accounts.create(
                new NewAccount("target", "Target", "target@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        for (int i = 0; i < 9; i++) {
            // what nginx sends: whatever the client claimed, then the client's real address
            login("target", "guess " + i, "X-Forwarded-For: 10.9.9." + i + ", 198.51.100.7");
        }
        assertThat(login("proxied", PASSWORD, "X-Forwarded-For: 198.51.100.7").header("Location"))
                .as("the guessing address is stopped")
                .contains("throttled");
        for (int i = 0; i < 8; i++) {
            assertThat(login("proxied", PASSWORD, "X-Forwarded-For: 192.0.2.10").header("Location"))
                    .as("good login " + i + " from another address")
                    .doesNotContain("throttled")
                    .doesNotContain("error");
        }
        assertThat(audit.findAll())
                .filteredOn(e ->
                        e.getAction().equals("login.failure") && e.getActor().equals("target"))
                .extracting(e -> e.getIp())
                .containsOnly("198.51.100.7");
    }

    @Test
    void guessingFromOneAddressLocksOnlyThatAddressAndTheOwnerIsToldUntilWhen() throws Exception {
        long id = SystemActor.call(() -> accounts.create(
                new NewAccount("owner", "Owner", "owner@example.org", PASSWORD, EnumSet.of(Role.EDITOR))));
        for (int i = 0; i < 5; i++) {
            login("owner", "guess " + i, "X-Forwarded-For: 198.51.100.20");
        }
        assertThat(login("owner", "another guess", "X-Forwarded-For: 198.51.100.20")
                        .header("Location"))
                .as("a wrong password while locked hears nothing new")
                .endsWith("/desk/login?error");
        assertThat(login("owner", PASSWORD, "X-Forwarded-For: 198.51.100.20").header("Location"))
                .as("the right password from the locked address is told until when")
                .contains("/desk/login?locked=");
        assertThat(login("owner", PASSWORD, "X-Forwarded-For: 192.0.2.30").header("Location"))
                .as("the owner from elsewhere gets in")
                .doesNotContain("error")
                .doesNotContain("locked");

        SystemActor.run(() -> accounts.unlock(id));
        assertThat(login("owner", PASSWORD, "X-Forwarded-For: 198.51.100.20").header("Location"))
                .as("unlocked by an admin: for every address")
                .doesNotContain("error")
                .doesNotContain("locked");
    }

    @Test
    void guessingSpreadOverManyAddressesPausesTheAccountBrieflyForEveryone() throws Exception {
        SystemActor.call(() -> accounts.create(
                new NewAccount("spread", "Spread", "spread@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        for (int i = 0; i < 25; i++) {
            login("spread", "guess " + i, "X-Forwarded-For: 203.0.113." + (i + 1));
        }
        String answer = login("spread", PASSWORD, "X-Forwarded-For: 192.0.2.40").header("Location");
        assertThat(answer).contains("/desk/login?locked=");
        long until = Long.parseLong(answer.substring(answer.indexOf("locked=") + 7));
        assertThat(java.time.Instant.ofEpochSecond(until))
                .as("a pause of the configured lockout, not days")
                .isBefore(java.time.Instant.now().plus(java.time.Duration.ofMinutes(16)));
    }

    @Test
    void theSessionCookieIsSecureWhenTheProxyEndsTls() throws Exception {
        SystemActor.call(() ->
                accounts.create(new NewAccount("tls", "Tls", "tls@example.org", PASSWORD, EnumSet.of(Role.AUTHOR))));
        RawHttp.Response answer = login("tls", PASSWORD, "X-Forwarded-For: 192.0.2.20", "X-Forwarded-Proto: https");
        assertThat(answer.header("Location")).doesNotContain("error");
        assertThat(answer.text().lines().filter(l -> l.toLowerCase().startsWith("set-cookie: jsessionid")))
                .isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    private RawHttp.Response login(String username, String password, String... headers) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var all = new java.util.ArrayList<>(List.of(headers));
        all.add("Content-Type: application/x-www-form-urlencoded");
        return RawHttp.send(port, "POST", "/desk/login", all, form);
    }
}
