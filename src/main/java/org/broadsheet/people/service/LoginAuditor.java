package org.broadsheet.people.service;

import java.time.Clock;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Stamps the last login and writes every login, good or bad, to the audit log. */
@Component
class LoginAuditor {

    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;

    LoginAuditor(UserAccountRepository accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        accounts.findByUsername(username).ifPresent(account -> {
            account.setLastLoginAt(clock.instant());
            audit.recordAs(username, "login.success", "user:" + account.requireId(), null);
        });
    }

    @EventListener
    @Transactional
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        audit.recordAs(username, "login.failure", null, event.getException().getClass().getSimpleName());
    }
}
