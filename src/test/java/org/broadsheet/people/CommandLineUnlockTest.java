package org.broadsheet.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.domain.AuditEventRepository;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionTemplate;

/** The operator's unlock: the account opens for every address, it is audited, and it serves nobody. */
@BroadsheetTest
class CommandLineUnlockTest {

    @Autowired
    CommandLineUnlock unlock;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    AuditEventRepository audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anAccountLockedOutIsLetBackInFromTheCommandLine() {
        SystemActor.call(() -> accounts.create(new NewAccount(
                "locked-editor",
                "Locked",
                "locked@example.org",
                "a long and private phrase",
                EnumSet.of(Role.EDITOR))));
        transactions.executeWithoutResult(status -> {
            UserAccount account = repository.requireByUsername("locked-editor");
            for (int i = 0; i < 5; i++) {
                account.recordFailedLogin(Instant.now(), 5, Duration.ofDays(3));
            }
        });
        assertThat(repository.requireByUsername("locked-editor").isLockedAt(Instant.now()))
                .isTrue();

        assertThat(unlock.unlock("locked-editor")).isZero();

        assertThat(repository.requireByUsername("locked-editor").isLockedAt(Instant.now()))
                .isFalse();
        assertThat(audit.findAll())
                .anySatisfy(
                        e -> assertThat(e.getAction() + " " + e.getDetails()).isEqualTo("user.unlock locked-editor"));
        assertThat(unlock.unlock("nobody-by-that-name")).isEqualTo(1);
    }

    @Test
    void theUnlockRunServesNobody() {
        MockEnvironment environment = new MockEnvironment().withProperty("broadsheet.unlock", "admin");
        new CommandLineUnlock.Environment().postProcessEnvironment(environment, new SpringApplication());
        assertThat(environment.getProperty("server.port")).isEqualTo("0");
        assertThat(environment.getProperty("server.address")).isEqualTo("127.0.0.1");

        MockEnvironment normal = new MockEnvironment();
        new CommandLineUnlock.Environment().postProcessEnvironment(normal, new SpringApplication());
        assertThat(normal.getProperty("server.address")).isNull();
    }
}
