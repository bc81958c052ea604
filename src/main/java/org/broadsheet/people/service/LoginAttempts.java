package org.broadsheet.people.service;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every login, good or bad, goes to the audit log. Consecutive wrong passwords or second-step
 * codes lock the account ({@link LoginProtection}); a complete login clears the count and stamps
 * the time. For an account with two-step login the right password alone is not a login yet, so
 * it clears nothing: otherwise whoever knows the password could guess codes forever.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final LoginProtection protection;
    private final LoginThrottle throttle;
    private final LoginLocks locks;
    private final Clock clock;
    private final MeterRegistry meters;

    LoginAttempts(
            UserAccountRepository accounts,
            AuditLog audit,
            LoginProtection protection,
            LoginThrottle throttle,
            LoginLocks locks,
            Clock clock,
            MeterRegistry meters) {
        this.accounts = accounts;
        this.audit = audit;
        this.protection = protection;
        this.throttle = throttle;
        this.locks = locks;
        this.clock = clock;
        this.meters = meters;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        String address = AuditLog.currentIp();
        if (address != null) {
            locks.succeeded(username, address);
        }
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.isTwoFactorEnabled()) {
                audit.recordAs(username, "login.password", "user:" + account.requireId(), "second step pending");
            } else {
                recordGoodLogin(account, null);
            }
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        String reason = event.getException().getClass().getSimpleName();
        meters.counter("broadsheet.login.failures", "reason", reason).increment();
        audit.recordAs(username, "login.failure", null, reason);
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            String address = AuditLog.currentIp();
            countWrongPassword(username, address);
            if (address != null) {
                throttle.countFailure(address);
            }
        }
    }

    void recordGoodLogin(UserAccount account, @Nullable String details) {
        account.recordGoodLogin(clock.instant());
        audit.recordAs(account.getUsername(), "login.success", "user:" + account.requireId(), details);
    }

    /**
     * A wrong password: it locks the account for the address it came from after a few, and
     * pauses the whole account only after many, from anywhere. Unknown names go through the same
     * steps (they change nothing), so the time taken does not say whether an account exists.
     */
    private void countWrongPassword(String username, @Nullable String address) {
        Instant now = clock.instant();
        if (address != null && locks.failed(username, address, now)) {
            audit.recordAs(
                    username,
                    "login.lockout",
                    null,
                    "locked for " + address + " until "
                            + locks.lockedUntil(username, address, now).orElse(now));
        }
        accounts.countWrongPassword(username);
        Instant until = now.plus(protection.lockoutDuration());
        if (accounts.pauseAfter(username, protection.accountLockoutThreshold(), until) == 1) {
            audit.recordAs(username, "login.lockout", null, "paused for every address until " + until);
        }
    }

    /** Counts a wrong second-step code towards locking the whole account. */
    void countFailure(UserAccount account) {
        if (account.recordFailedLogin(clock.instant(), protection.lockoutThreshold(), protection.lockoutDuration())) {
            audit.recordAs(
                    account.getUsername(),
                    "login.lockout",
                    "user:" + account.requireId(),
                    "locked until " + account.getLockedUntil());
        }
    }
}
