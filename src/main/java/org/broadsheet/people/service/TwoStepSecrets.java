package org.broadsheet.people.service;

import java.util.List;
import java.util.Objects;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step secrets as they leave and enter the database in bulk. An export carries them open,
 * because the key that seals them stays with the instance that made it; whatever comes in open (a
 * restored export, an older release's rows) is sealed under this instance's key.
 */
@Service
public class TwoStepSecrets {

    private final UserAccountRepository accounts;
    private final SecretBox box;

    TwoStepSecrets(UserAccountRepository accounts, SecretBox box) {
        this.accounts = accounts;
        this.box = box;
    }

    /** The secret in a stored value, open. */
    @PreAuthorize("hasRole('ADMIN')")
    public String opened(String stored) {
        return box.open(stored);
    }

    /** Seals every secret stored open; returns how many there were. Sealing reveals nothing. */
    @PreAuthorize("permitAll()")
    @Transactional
    public int sealOpenSecrets() {
        List<UserAccount> open = accounts.findWithUnsealedTotpSecret();
        for (UserAccount account : open) {
            account.replaceSealedTotpSecret(box.seal(Objects.requireNonNull(account.getTotpSecret())));
        }
        return open.size();
    }
}
