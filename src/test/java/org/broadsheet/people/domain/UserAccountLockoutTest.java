package org.broadsheet.people.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import org.broadsheet.people.Role;
import org.junit.jupiter.api.Test;

class UserAccountLockoutTest {

    private static final Instant T0 = Instant.parse("2026-05-01T08:00:00Z");
    private static final Duration FIRST_LOCK = Duration.ofMinutes(15);

    private final UserAccount account =
            new UserAccount("ana", "Ana", "ana@example.org", "{noop}x", EnumSet.of(Role.EDITOR), T0);

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        for (int i = 1; i < 5; i++) {
            assertThat(account.recordFailedLogin(T0, 5, FIRST_LOCK)).isFalse();
        }
        assertThat(account.isLockedAt(T0)).isFalse();
        assertThat(account.recordFailedLogin(T0, 5, FIRST_LOCK)).isTrue();
        assertThat(account.isLockedAt(T0.plus(Duration.ofMinutes(14)))).isTrue();
        assertThat(account.isLockedAt(T0.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLongUntilAGoodLogin() {
        lockAt(T0);
        Instant second = T0.plus(Duration.ofMinutes(16));
        lockAt(second);
        assertThat(account.getLockedUntil()).isEqualTo(second.plus(Duration.ofMinutes(30)));
        Instant third = second.plus(Duration.ofMinutes(31));
        lockAt(third);
        assertThat(account.getLockedUntil()).isEqualTo(third.plus(Duration.ofMinutes(60)));

        account.recordGoodLogin(third.plus(Duration.ofHours(2)));
        Instant fourth = third.plus(Duration.ofHours(3));
        lockAt(fourth);
        assertThat(account.getLockedUntil()).isEqualTo(fourth.plus(FIRST_LOCK));
    }

    @Test
    void aGoodLoginClearsTheCountAndAnAdminCanUnlock() {
        account.recordFailedLogin(T0, 5, FIRST_LOCK);
        account.recordGoodLogin(T0);
        assertThat(account.getFailedLogins()).isZero();
        assertThat(account.getLastLoginAt()).isEqualTo(T0);
        lockAt(T0);
        account.unlock();
        assertThat(account.isLockedAt(T0)).isFalse();
    }

    private void lockAt(Instant when) {
        for (int i = 0; i < 5; i++) {
            account.recordFailedLogin(when, 5, FIRST_LOCK);
        }
    }
}
