package org.broadsheet.people.service;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/** The password was right, but the account is locked (for this address, or paused for all) until a time. */
public class LoginLockedException extends LockedException {

    private final Instant until;

    public LoginLockedException(Instant until) {
        super("locked until " + until);
        this.until = until;
    }

    public Instant until() {
        return until;
    }
}
