package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.broadsheet.base.DomainException;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.UserAccountRepository;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** The rules that keep a publication administrable. */
@BroadsheetTest
class UserAccountRulesTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    PasswordEncoder encoder;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAdminCannotDemoteOrDisableThemselves() {
        long admin = repository.findByUsername("admin").orElseThrow().requireId();
        assertThatThrownBy(() -> accounts.update(
                        admin,
                        new AccountChanges("Administrator", "admin@broadsheet.invalid", EnumSet.of(Role.EDITOR), true)))
                .isInstanceOf(DomainException.ValidationFailed.class);
        assertThatThrownBy(() -> accounts.update(
                        admin,
                        new AccountChanges("Administrator", "admin@broadsheet.invalid", EnumSet.of(Role.ADMIN), false)))
                .isInstanceOf(DomainException.ValidationFailed.class);
        assertThat(repository.findByUsername("admin").orElseThrow().getRoles()).contains(Role.ADMIN);
    }

    @Test
    @WithMockUser(username = "second-admin", roles = "ADMIN")
    void theLastEnabledAdminStaysAnAdminEvenForAnotherAdmin() {
        long admin = repository.findByUsername("admin").orElseThrow().requireId();
        assertThatThrownBy(() -> accounts.update(
                        admin,
                        new AccountChanges("Administrator", "admin@broadsheet.invalid", EnumSet.of(Role.EDITOR), true)))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("last enabled admin");

        long second = accounts.create(new NewAccount(
                "deputy", "Deputy", "deputy@example.org", "second pair of hands here", EnumSet.of(Role.ADMIN)));
        // with a second admin, either may step down; the shared admin account stays as it is
        accounts.update(second, new AccountChanges("Deputy", "deputy@example.org", EnumSet.of(Role.EDITOR), true));
        assertThat(repository.findByUsername("deputy").orElseThrow().getRoles()).containsExactly(Role.EDITOR);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aResetGivesAOneTimePasswordThatMustBeChanged() {
        long id = accounts.create(new NewAccount(
                "forgetful",
                "Forgetful",
                "forgetful@example.org",
                "the original long phrase",
                EnumSet.of(Role.AUTHOR)));
        String oneTime = accounts.resetPassword(id);
        var account = repository.findById(id).orElseThrow();
        assertThat(encoder.matches(oneTime, account.getPasswordHash())).isTrue();
        assertThat(encoder.matches("the original long phrase", account.getPasswordHash()))
                .isFalse();
        assertThat(account.isMustChangePassword()).isTrue();
    }

    @Autowired
    AuthorService authors;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void anAccountGetsOneBylineProfileAndAProfileBelongsToOneAccount() {
        long reporter = accounts.create(new NewAccount(
                "joseph",
                "Joseph Okello",
                "joseph@example.org",
                "reports from the border town",
                EnumSet.of(Role.AUTHOR)));
        AuthorProfile joseph = authors.findBySlug("joseph-okello").orElseThrow();
        AuthorProfile mariam = authors.findBySlug("mariam-haddad").orElseThrow();

        authors.linkAccount(reporter, joseph.id());
        assertThat(authors.ofAccount(reporter)).map(AuthorProfile::id).contains(joseph.id());
        authors.linkAccount(reporter, mariam.id());
        assertThat(authors.ofAccount(reporter)).map(AuthorProfile::id).contains(mariam.id());

        long other = accounts.create(new NewAccount(
                "other-writer",
                "Other",
                "other-writer@example.org",
                "a phrase of some length",
                EnumSet.of(Role.AUTHOR)));
        assertThatThrownBy(() -> authors.linkAccount(other, mariam.id()))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("author"));
        authors.linkAccount(reporter, null);
        assertThat(authors.ofAccount(reporter)).isEmpty();
        authors.linkAccount(other, mariam.id());
        assertThat(authors.ofAccount(other)).map(AuthorProfile::id).contains(mariam.id());
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void usernamesAndEmailsAreUniqueAndEmailsValid() {
        assertThatThrownBy(() -> accounts.create(new NewAccount(
                        "ana", "Other Ana", "other@example.org", "a different long phrase", EnumSet.of(Role.AUTHOR))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("username"));
        assertThatThrownBy(() -> accounts.create(new NewAccount(
                        "another", "Another", "ana@example.org", "a different long phrase", EnumSet.of(Role.AUTHOR))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
        assertThatThrownBy(() -> accounts.create(new NewAccount(
                        "another", "Another", "not-an-email", "a different long phrase", EnumSet.of(Role.AUTHOR))))
                .isInstanceOfSatisfying(
                        DomainException.ValidationFailed.class,
                        e -> assertThat(e.field()).isEqualTo("email"));
    }
}
