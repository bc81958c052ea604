package org.broadsheet.people;

import java.util.EnumSet;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.RandomPasswords;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.service.NewAccount;
import org.broadsheet.people.service.UserAccountService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On an empty database, opens the {@code admin} account. There is no default password: it
 * comes from {@code BROADSHEET_ADMIN_PASSWORD} or is generated and logged exactly once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstRunAdmin implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstRunAdmin.class);

    private final UserAccountService accounts;
    private final BroadsheetProperties properties;

    FirstRunAdmin(UserAccountService accounts, BroadsheetProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.anyAccountExists()) {
            return;
        }
        String configured = properties.adminPassword();
        boolean generated = configured == null || configured.isBlank();
        String password = configured == null || generated ? RandomPasswords.generateFor(USERNAME) : configured;
        try {
            SystemActor.run(() -> accounts.create(new NewAccount(
                    USERNAME, "Administrator", "admin@broadsheet.invalid", password, EnumSet.of(Role.ADMIN))));
        } catch (DomainException.ValidationFailed e) {
            throw new IllegalStateException("BROADSHEET_ADMIN_PASSWORD cannot be used: " + e.getMessage(), e);
        }
        if (generated) {
            log.warn("""

                    ============================================================
                     Broadsheet created the account 'admin' with the password:

                         {}

                     It is shown only this once. Log in at /desk/login and
                     change it, or set BROADSHEET_ADMIN_PASSWORD before the
                     first start next time.
                    ============================================================""", password);
        } else {
            log.info("Created the account 'admin' with the password from BROADSHEET_ADMIN_PASSWORD");
        }
    }
}
