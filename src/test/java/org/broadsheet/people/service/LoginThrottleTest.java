package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AuditLog audit = mock(AuditLog.class);
    private final LoginThrottle throttle = new LoginThrottle(
            new LoginProtection(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5), 25, Duration.ofHours(24)), audit);

    @Test
    void anAddressMayFailItsAllowanceThenIsStoppedAndReportedOnce() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.mayAttempt("203.0.113.7")).isTrue();
            throttle.countFailure("203.0.113.7");
        }
        assertThat(throttle.mayAttempt("203.0.113.7")).isFalse();
        assertThat(throttle.mayAttempt("203.0.113.7")).isFalse();
        verify(audit, times(1)).recordAs(eq("203.0.113.7"), eq("login.rate-limited"), any(), any());
    }

    @Test
    void onlyFailuresUseUpTheAllowance() {
        for (int i = 0; i < 10; i++) {
            assertThat(throttle.mayAttempt("203.0.113.9")).as("attempt " + i).isTrue();
        }
    }

    @Test
    void addressesAreCountedSeparately() {
        for (int i = 0; i < 3; i++) {
            throttle.countFailure("203.0.113.8");
        }
        assertThat(throttle.mayAttempt("203.0.113.8")).isFalse();
        assertThat(throttle.mayAttempt("198.51.100.1")).isTrue();
    }
}
