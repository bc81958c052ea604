package org.broadsheet.people.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.SystemActor;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.broadsheet.testsupport.ActingAs;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.test.context.support.WithMockUser;

/** Two-step login from enrolment to the second login step, and the publication's rule. */
@BroadsheetTest
class TwoFactorServiceTest {

    private static final String PASSWORD = "a long phrase for two steps";

    @Autowired
    TwoFactorService twoFactor;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    TotpCodes totp;

    @Autowired
    AuditService audit;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @Autowired
    SealedSecretsAtStart sealAtStart;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @AfterEach
    void ruleOff() {
        SystemActor.run(() -> twoFactor.requireForEditors(false));
    }

    @Test
    @WithMockUser(username = "totp-writer", roles = "AUTHOR")
    void aWrongConfirmationCodeStoresNothingAndARightOneTurnsItOnWithTenRecoveryCodes() {
        create("totp-writer", Role.AUTHOR);
        TwoFactorEnrolment enrolment = twoFactor.beginEnrolment("Broadsheet");
        assertThat(enrolment.provisioningUri()).contains("totp-writer", enrolment.secret());

        assertThatThrownBy(() -> twoFactor.confirmEnrolment(enrolment.secret(), wrong(enrolment.secret())))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .extracting(e -> ((DomainException.ValidationFailed) e).field())
                .isEqualTo("code");
        assertThat(twoFactor.myStatus().enabled()).isFalse();

        List<String> codes = twoFactor.confirmEnrolment(enrolment.secret(), now(enrolment.secret()));
        assertThat(codes).hasSize(10);
        assertThat(twoFactor.myStatus()).isEqualTo(new TwoFactorStatus(true, false, 10));
        assertThat(account("totp-writer").getTotpSecret())
                .as("sealed at rest")
                .startsWith(SecretBox.PREFIX)
                .doesNotContain(enrolment.secret());
    }

    @Test
    void aSecretAnOlderReleaseStoredInClearIsSealedAtStartAndStillWorks() {
        String secret = enrolled("totp-legacy");
        jdbc.update("update user_account set totp_secret = ? where username = ?", secret, "totp-legacy");

        sealAtStart.run(null);

        assertThat(account("totp-legacy").getTotpSecret())
                .startsWith(SecretBox.PREFIX)
                .doesNotContain(secret);
        assertThat(twoFactor.verifyLogin("totp-legacy", code(secret, +1))).isEqualTo(SecondFactorResult.ACCEPTED);
    }

    @Test
    void aCodeWorksOnceAndTheNextStepsCodeStillWorks() {
        String secret = enrolled("totp-replay");

        assertThat(twoFactor.verifyLogin("totp-replay", code(secret, +1))).isEqualTo(SecondFactorResult.ACCEPTED);
        assertThat(twoFactor.verifyLogin("totp-replay", code(secret, +1)))
                .as("the same code seen over a shoulder")
                .isEqualTo(SecondFactorResult.REJECTED);
        assertThat(twoFactor.verifyLogin("totp-replay", code(secret, 0)))
                .as("an older code than the last one used")
                .isEqualTo(SecondFactorResult.REJECTED);
        assertThat(account("totp-replay").getLastLoginAt()).isNotNull();
    }

    @Test
    void aRecoveryCodeLogsInOnceInAnySpelling() {
        create("totp-lost-phone", Role.EDITOR);
        List<String> codes = ActingAs.call("totp-lost-phone", () -> {
            TwoFactorEnrolment enrolment = twoFactor.beginEnrolment("Broadsheet");
            return twoFactor.confirmEnrolment(enrolment.secret(), now(enrolment.secret()));
        });
        String typed = codes.get(3).replace("-", " ").toUpperCase();

        assertThat(twoFactor.verifyLogin("totp-lost-phone", typed)).isEqualTo(SecondFactorResult.ACCEPTED);
        assertThat(twoFactor.verifyLogin("totp-lost-phone", codes.get(3))).isEqualTo(SecondFactorResult.REJECTED);
        assertThat(ActingAs.call("totp-lost-phone", twoFactor::myStatus).recoveryCodesLeft())
                .isEqualTo(9);
    }

    @Test
    void wrongCodesCountTowardsTheLockoutAndTheRightPasswordDoesNotResetTheCount() {
        String secret = enrolled("totp-guessed");
        for (int i = 0; i < 4; i++) {
            assertThat(twoFactor.verifyLogin("totp-guessed", wrong(secret))).isEqualTo(SecondFactorResult.REJECTED);
            passwordAccepted("totp-guessed");
        }
        assertThat(twoFactor.verifyLogin("totp-guessed", wrong(secret))).isEqualTo(SecondFactorResult.REFUSED);
        assertThat(account("totp-guessed").isLockedAt(clock.instant())).isTrue();
        assertThat(twoFactor.verifyLogin("totp-guessed", code(secret, 1)))
                .as("even the right code while locked")
                .isEqualTo(SecondFactorResult.REFUSED);
        assertThat(SystemActor.call(() -> audit.search(
                                new AuditFilter("totp-guessed", "login.lockout", null, null, ZoneOffset.UTC),
                                PageRequest.of(0, 10))
                        .getTotalElements()))
                .isEqualTo(1);
    }

    @Test
    void theRuleSendsEditorsAndAdminsToSetItUpButNotAuthorsAndKeepsThemFromTurningItOff() {
        create("totp-rule-editor", Role.EDITOR);
        create("totp-rule-author", Role.AUTHOR);
        SystemActor.run(() -> twoFactor.requireForEditors(true));

        assertThat(ActingAs.call("totp-rule-editor", twoFactor::mustEnrol)).isTrue();
        assertThat(ActingAs.call("totp-rule-author", twoFactor::mustEnrol)).isFalse();
        assertThat(ActingAs.call("nobody-logged-in", twoFactor::mustEnrol)).isFalse();

        ActingAs.run("totp-rule-editor", () -> {
            TwoFactorEnrolment enrolment = twoFactor.beginEnrolment("Broadsheet");
            twoFactor.confirmEnrolment(enrolment.secret(), now(enrolment.secret()));
        });
        assertThat(ActingAs.call("totp-rule-editor", twoFactor::mustEnrol)).isFalse();
        assertThatThrownBy(() -> ActingAs.run("totp-rule-editor", () -> twoFactor.disableMine(PASSWORD)))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining("requires");
        assertThat(account("totp-rule-editor").isTwoFactorEnabled()).isTrue();
    }

    @Test
    void turningItOffAsksForThePasswordAndAnAdminCanResetIt() {
        enrolled("totp-leaver");
        assertThatThrownBy(() -> ActingAs.run("totp-leaver", () -> twoFactor.disableMine("not my password")))
                .isInstanceOf(DomainException.ValidationFailed.class);
        assertThat(account("totp-leaver").isTwoFactorEnabled()).isTrue();

        ActingAs.run("totp-leaver", () -> twoFactor.disableMine(PASSWORD));
        assertThat(account("totp-leaver").isTwoFactorEnabled()).isFalse();
        assertThat(ActingAs.call("totp-leaver", twoFactor::myStatus).recoveryCodesLeft())
                .isZero();

        enrolled("totp-phone-gone");
        SystemActor.run(() -> twoFactor.resetFor(account("totp-phone-gone").requireId()));
        assertThat(account("totp-phone-gone").isTwoFactorEnabled()).isFalse();
    }

    private String enrolled(String username) {
        create(username, Role.AUTHOR);
        return ActingAs.call(username, () -> {
            TwoFactorEnrolment enrolment = twoFactor.beginEnrolment("Broadsheet");
            twoFactor.confirmEnrolment(enrolment.secret(), code(enrolment.secret(), -1));
            return enrolment.secret();
        });
    }

    private void create(String username, Role role) {
        SystemActor.run(() -> accounts.create(
                new NewAccount(username, username, username + "@example.org", PASSWORD, EnumSet.of(role))));
    }

    /** What Spring Security announces when the password step succeeds. */
    private void passwordAccepted(String username) {
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of())));
    }

    private UserAccount account(String username) {
        return repository.findByUsername(username).orElseThrow();
    }

    private String now(String secret) {
        return code(secret, 0);
    }

    private String code(String secret, int stepsFromNow) {
        return totp.codeAt(secret, TotpCodes.stepAt(clock.instant()) + stepsFromNow);
    }

    /** A six-digit code that matches no step in the accepted window. */
    private String wrong(String secret) {
        long step = TotpCodes.stepAt(clock.instant());
        List<String> valid =
                List.of(totp.codeAt(secret, step - 1), totp.codeAt(secret, step), totp.codeAt(secret, step + 1));
        for (int candidate = 0; ; candidate++) {
            String code = "%06d".formatted(candidate);
            if (!valid.contains(code)) {
                return code;
            }
        }
    }
}
