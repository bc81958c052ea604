package org.broadsheet.people.service;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Seals, at start, two-step secrets an older release stored in clear. */
@Component
class SealedSecretsAtStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SealedSecretsAtStart.class);

    private final TwoStepSecrets secrets;

    SealedSecretsAtStart(TwoStepSecrets secrets) {
        this.secrets = secrets;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = secrets.sealOpenSecrets();
        if (sealed > 0) {
            log.info("Sealed the two-step secrets of {} accounts", sealed);
        }
    }
}
