package org.broadsheet.people.service;

import org.broadsheet.base.DomainException;
import org.broadsheet.people.domain.UserAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Changes to one's own credentials ask for the current password: a forgotten open desk is not enough. */
@Component
class CurrentPasswordCheck {

    private final PasswordEncoder passwordEncoder;

    CurrentPasswordCheck(PasswordEncoder passwordEncoder) {
        this.passwordEncoder = passwordEncoder;
    }

    void require(UserAccount account, String typed) {
        if (!passwordEncoder.matches(typed, account.getPasswordHash())) {
            throw new DomainException.ValidationFailed("currentPassword", "That is not your current password");
        }
    }
}
