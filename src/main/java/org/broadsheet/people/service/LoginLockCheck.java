package org.broadsheet.people.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs after the password was found right: a locked account (for this address, or paused as a
 * whole) is refused with the time it opens, which the login page tells its owner. A wrong
 * password never learns this: it gets the usual answer.
 */
@Component
public class LoginLockCheck implements UserDetailsChecker {

    private final UserAccountRepository accounts;
    private final LoginLocks locks;
    private final Clock clock;

    LoginLockCheck(UserAccountRepository accounts, LoginLocks locks, Clock clock) {
        this.accounts = accounts;
        this.locks = locks;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public void check(UserDetails user) {
        Instant now = clock.instant();
        String address = AuditLog.currentIp();
        Optional<Instant> forAddress =
                address == null ? Optional.empty() : locks.lockedUntil(user.getUsername(), address, now);
        Optional<Instant> forAccount = accounts.findByUsername(user.getUsername())
                .map(UserAccount::getLockedUntil)
                .filter(until -> until.isAfter(now));
        Optional<Instant> until =
                Stream.of(forAddress, forAccount).flatMap(Optional::stream).max(Comparator.naturalOrder());
        if (until.isPresent()) {
            throw new LoginLockedException(until.get());
        }
    }
}
