package org.broadsheet.people.service;

import java.util.List;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Seals, at start, two-step secrets an older release stored in clear. */
@Component
class SealedSecretsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedSecretsAtStart.class);

    private final UserAccountRepository accounts;
    private final SecretBox box;

    SealedSecretsAtStart(UserAccountRepository accounts, SecretBox box) {
        this.accounts = accounts;
        this.box = box;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        List<UserAccount> unsealed = accounts.findWithUnsealedTotpSecret();
        for (UserAccount account : unsealed) {
            String stored = java.util.Objects.requireNonNull(account.getTotpSecret());
            account.replaceSealedTotpSecret(box.seal(stored));
        }
        if (!unsealed.isEmpty()) {
            log.info("Sealed the two-step secrets of {} accounts", unsealed.size());
        }
    }
}
