package org.broadsheet.people.service;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalLong;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.LoginPolicy;
import org.broadsheet.people.domain.LoginPolicyRepository;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-step login: after the password, a code from an authenticator app ({@link TotpCodes}) or a
 * one-time recovery code. Users turn it on in their profile; the publication may make it
 * compulsory for editors and admins, who then cannot work until they have set it up.
 */
@Service
public class TwoFactorService {

    /** The roles the publication's rule applies to: those who can publish or change who may. */
    static final EnumSet<Role> ROLES_THE_RULE_COVERS = EnumSet.of(Role.ADMIN, Role.EDITOR);

    private final UserAccountRepository accounts;
    private final LoginPolicyRepository policy;
    private final TotpCodes totp;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final LoginAttempts loginAttempts;
    private final SecretBox box;
    private final AuditLog audit;
    private final Clock clock;

    TwoFactorService(
            UserAccountRepository accounts,
            LoginPolicyRepository policy,
            TotpCodes totp,
            CurrentPasswordCheck currentPasswordCheck,
            LoginAttempts loginAttempts,
            SecretBox box,
            AuditLog audit,
            Clock clock) {
        this.accounts = accounts;
        this.policy = policy;
        this.totp = totp;
        this.currentPasswordCheck = currentPasswordCheck;
        this.loginAttempts = loginAttempts;
        this.box = box;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public TwoFactorStatus myStatus() {
        UserAccount me = mine();
        return new TwoFactorStatus(me.isTwoFactorEnabled(), ruleCovers(me), me.recoveryCodesLeft());
    }

    /**
     * Whether the logged-in user must set up two-step login before doing anything else; false
     * for anonymous callers, so navigation guards may ask before anyone has logged in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mustEnrol() {
        return accounts.findByUsername(CurrentActor.name())
                .map(account -> !account.isTwoFactorEnabled() && ruleCovers(account))
                .orElse(false);
    }

    /** A fresh secret for the logged-in user to scan; stored only by {@link #confirmEnrolment}. */
    @PreAuthorize("isAuthenticated()")
    public TwoFactorEnrolment beginEnrolment(String issuer) {
        String secret = totp.newSecret();
        String account = CurrentActor.name();
        return new TwoFactorEnrolment(
                secret,
                TotpCodes.provisioningUri(issuer, account, secret),
                TotpCodes.qrCodeDataUri(issuer, account, secret));
    }

    /**
     * Turns two-step login on once the app proves it holds the secret.
     *
     * @return the recovery codes, in clear this once
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> confirmEnrolment(String secret, String code) {
        UserAccount me = mine();
        OptionalLong step = totp.matchingStep(secret, code);
        if (step.isEmpty()) {
            throw new DomainException.ValidationFailed(
                    "code",
                    "That code does not match. Check the phone's time is set automatically, then type the newest code");
        }
        List<String> codes = RecoveryCodes.generate();
        me.enableTwoFactor(box.seal(secret), step.getAsLong(), RecoveryCodes.hashes(codes));
        audit.record("user.2fa-enable", target(me), null);
        return codes;
    }

    /** Replaces the recovery codes, e.g. when most are used or the printout is lost. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> newRecoveryCodes(String currentPassword) {
        UserAccount me = mine();
        currentPasswordCheck.require(me, currentPassword);
        if (!me.isTwoFactorEnabled()) {
            throw new DomainException.Conflict("Two-step login is off; there are no recovery codes to replace");
        }
        List<String> codes = RecoveryCodes.generate();
        me.replaceRecoveryCodes(RecoveryCodes.hashes(codes));
        audit.record("user.2fa-recovery-codes", target(me), null);
        return codes;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void disableMine(String currentPassword) {
        UserAccount me = mine();
        currentPasswordCheck.require(me, currentPassword);
        if (ruleCovers(me)) {
            throw new DomainException.ValidationFailed(
                    "currentPassword", "This publication requires two-step login for editors and admins");
        }
        me.disableTwoFactor();
        audit.record("user.2fa-disable", target(me), null);
    }

    /** Turns someone's two-step login off, e.g. after they lost their phone and their codes. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetFor(long userId) {
        UserAccount account = accounts.requireById(userId);
        account.disableTwoFactor();
        audit.record("user.2fa-reset", target(account), account.getUsername());
    }

    /**
     * Checks the code typed at the second login step, for a user whose password was right a
     * moment ago. A good code completes the login; a wrong one counts towards the lockout.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public SecondFactorResult verifyLogin(String username, String typed) {
        UserAccount account = accounts.findByUsername(username).orElse(null);
        if (account == null
                || !account.isEnabled()
                || account.isLockedAt(clock.instant())
                || !account.isTwoFactorEnabled()) {
            return SecondFactorResult.REFUSED;
        }
        String sealed = account.getTotpSecret();
        OptionalLong step = sealed == null ? OptionalLong.empty() : totp.matchingStep(box.open(sealed), typed);
        if (step.isPresent() && account.acceptTotpStep(step.getAsLong())) {
            loginAttempts.recordGoodLogin(account, "with an authenticator code");
            return SecondFactorResult.ACCEPTED;
        }
        if (RecoveryCodes.looksLikeOne(typed) && account.useRecoveryCode(RecoveryCodes.hash(typed))) {
            loginAttempts.recordGoodLogin(account, "with a recovery code, " + account.recoveryCodesLeft() + " left");
            return SecondFactorResult.ACCEPTED;
        }
        audit.recordAs(username, "login.failure", target(account), "wrong second-step code");
        loginAttempts.countFailure(account);
        return account.isLockedAt(clock.instant()) ? SecondFactorResult.REFUSED : SecondFactorResult.REJECTED;
    }

    /** Whether the logged-in user's login needs a second step. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean enabledForMe() {
        return mine().isTwoFactorEnabled();
    }

    /** Whether editors and admins must use two-step login. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean requiredForEditors() {
        return policy.current().isTwoFactorRequired();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void requireForEditors(boolean required) {
        LoginPolicy current = policy.current();
        if (current.isTwoFactorRequired() != required) {
            current.setTwoFactorRequired(required);
            audit.record(
                    "settings.2fa-policy",
                    "login-policy",
                    required ? "two-step login required for editors and admins" : "two-step login optional");
        }
    }

    private boolean ruleCovers(UserAccount account) {
        return policy.current().isTwoFactorRequired()
                && account.getRoles().stream().anyMatch(ROLES_THE_RULE_COVERS::contains);
    }

    private UserAccount mine() {
        return accounts.requireByUsername(CurrentActor.name());
    }

    private static String target(UserAccount account) {
        return "user:" + account.requireId();
    }
}
