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
    private final LoginThrottle throttle =
            new LoginThrottle(new LoginProtection(5, Duration.ofMinutes(15), 3, Duration.ofMinutes(5)), audit);

    @Test
    void anAddressGetsItsAllowanceThenIsStoppedAndReportedOnce() {
        assertThat(throttle.tryAttempt("203.0.113.7")).isTrue();
        assertThat(throttle.tryAttempt("203.0.113.7")).isTrue();
        assertThat(throttle.tryAttempt("203.0.113.7")).isTrue();
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
        verify(audit, times(1)).recordAs(eq("203.0.113.7"), eq("login.rate-limited"), any(), any());
    }

    @Test
    void addressesAreCountedSeparately() {
        for (int i = 0; i < 3; i++) {
            throttle.tryAttempt("203.0.113.8");
        }
        assertThat(throttle.tryAttempt("203.0.113.8")).isFalse();
        assertThat(throttle.tryAttempt("198.51.100.1")).isTrue();
    }
}
