package org.broadsheet.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@BroadsheetTest
class FirstRunTest {

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void firstStartCreatesTheAdminWithThePasswordFromTheEnvironment() {
        UserAccount admin = accounts.findByUsername("admin").orElseThrow();
        assertThat(admin.getRoles()).containsExactly(Role.ADMIN);
        assertThat(admin.isEnabled()).isTrue();
        assertThat(passwords.matches(BroadsheetTest.ADMIN_PASSWORD, admin.getPasswordHash()))
                .isTrue();
        assertThat(admin.getPasswordHash()).startsWith("{bcrypt}");
    }

    @Test
    void generatedPasswordsAreLongAndDifferentEachTime() {
        String one = org.broadsheet.base.RandomPasswords.generate();
        assertThat(one).hasSizeGreaterThanOrEqualTo(20).isNotEqualTo(org.broadsheet.base.RandomPasswords.generate());
    }
}
