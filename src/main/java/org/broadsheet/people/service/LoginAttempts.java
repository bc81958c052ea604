package org.broadsheet.people.service;

import java.time.Clock;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every login, good or bad, goes to the audit log. Consecutive wrong passwords lock the
 * account ({@link LoginProtection}); a good login clears the count and stamps the time.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final LoginProtection protection;
    private final Clock clock;

    LoginAttempts(UserAccountRepository accounts, AuditLog audit, LoginProtection protection, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.protection = protection;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> {
            account.recordGoodLogin(clock.instant());
            audit.recordAs(username, "login.success", "user:" + account.requireId(), null);
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "login.failure", null, event.getException().getClass().getSimpleName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.findByUsername(username).ifPresent(this::countFailure);
        }
    }

    private void countFailure(UserAccount account) {
        if (account.recordFailedLogin(clock.instant(), protection.lockoutThreshold(), protection.lockoutDuration())) {
            audit.recordAs(account.getUsername(), "login.lockout", "user:" + account.requireId(),
                    "locked until " + account.getLockedUntil());
        }
    }
}
