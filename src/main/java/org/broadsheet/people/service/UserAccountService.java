package org.broadsheet.people.service;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.broadsheet.base.DomainException;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login accounts. */
@Service
public class UserAccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditLog audit;
    private final Clock clock;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                       AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(NewAccount account) {
        String username = account.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty() || username.length() > UserAccount.USERNAME_MAX_LENGTH
                || !username.matches(UserAccount.USERNAME_PATTERN)) {
            throw new DomainException.ValidationFailed("username",
                    "Use lower-case letters, digits, dots, hyphens or underscores");
        }
        if (accounts.existsByUsername(username)) {
            throw new DomainException.ValidationFailed("username", "That username is taken");
        }
        if (accounts.existsByEmailIgnoreCase(account.email())) {
            throw new DomainException.ValidationFailed("email", "Another account uses that email");
        }
        passwordPolicy.check(username, account.password());
        if (account.roles().isEmpty()) {
            throw new DomainException.ValidationFailed("roles", "Give the account at least one role");
        }
        UserAccount saved = accounts.save(new UserAccount(username, account.displayName().strip(),
                account.email().strip(), passwordEncoder.encode(account.password()), account.roles(),
                clock.instant()));
        audit.record("user.create", "user:" + saved.requireId(), username + " " + account.roles());
        return saved.requireId();
    }

    /** The name to greet a logged-in user with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName);
    }

    /** Lifts a lockout before it runs out, e.g. after the owner called the desk. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long userId) {
        UserAccount account = accounts.findById(userId)
                .orElseThrow(() -> new DomainException.NotFound("No account " + userId));
        account.unlock();
        audit.record("user.unlock", "user:" + userId, account.getUsername());
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }
}
