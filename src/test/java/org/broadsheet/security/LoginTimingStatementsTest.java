package org.broadsheet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetWebTest;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.RequestStatements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A wrong password for a real account and for a name nobody has do the same work: the same
 * password hashing (a dummy hash for the unknown name) and the same database statements, so the
 * answer's time does not tell whether the account exists. The times themselves are measured by
 * {@code bench/login-timing.sh}.
 */
@BroadsheetWebTest
class LoginTimingStatementsTest {

    @LocalServerPort
    int port;

    @Autowired
    UserAccountService accounts;

    @Test
    void aKnownAndAnUnknownNameCostTheSameStatements() throws Exception {
        SystemActor.call(() -> accounts.create(new NewAccount(
                "timed-login", "Timed", "timed@example.org", "a long and private phrase", EnumSet.of(Role.AUTHOR))));
        wrongPassword("timed-login");
        wrongPassword("nobody-timed");

        RequestStatements.reset();
        wrongPassword("timed-login");
        long known = RequestStatements.count();
        RequestStatements.reset();
        wrongPassword("nobody-timed-2");
        long unknown = RequestStatements.count();

        assertThat(known).as("statements for a known name").isPositive();
        assertThat(unknown).as("statements for an unknown name").isEqualTo(known);
    }

    private void wrongPassword(String username) throws Exception {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password=not+the+one";
        RawHttp.send(port, "POST", "/desk/login", List.of("Content-Type: application/x-www-form-urlencoded"), form);
    }
}
