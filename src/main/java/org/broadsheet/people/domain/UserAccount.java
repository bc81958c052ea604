package org.broadsheet.people.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.broadsheet.base.BaseEntity;
import org.broadsheet.people.Role;
import org.jspecify.annotations.Nullable;

/** A login. Bylines are {@link Author} profiles, which may or may not belong to an account. */
@Entity
public class UserAccount extends BaseEntity {

    public static final int USERNAME_MAX_LENGTH = 50;
    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final int DISPLAY_NAME_MAX_LENGTH = 100;
    public static final int EMAIL_MAX_LENGTH = 254;

    @NotBlank
    @Size(max = USERNAME_MAX_LENGTH)
    @Pattern(regexp = USERNAME_PATTERN)
    @Column(nullable = false, unique = true, length = USERNAME_MAX_LENGTH)
    private String username = "";

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX_LENGTH)
    @Column(nullable = false, length = DISPLAY_NAME_MAX_LENGTH)
    private String displayName = "";

    @NotBlank
    @Email
    @Size(max = EMAIL_MAX_LENGTH)
    @Column(nullable = false, unique = true, length = EMAIL_MAX_LENGTH)
    private String email = "";

    @Column(nullable = false)
    private String passwordHash = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private Instant createdAt = Instant.EPOCH;

    private @Nullable Instant lastLoginAt;

    @Column(nullable = false)
    private int failedLogins;

    @Column(nullable = false)
    private int lockouts;

    private @Nullable Instant lockedUntil;

    @Column(nullable = false)
    private boolean mustChangePassword;

    /** Sealed (see the people service's SecretBox); never the secret itself. */
    @Column(length = 200)
    private @Nullable String totpSecret;

    @Column(nullable = false)
    private long totpLastStep;

    @ElementCollection
    @CollectionTable(name = "user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", nullable = false, length = 64)
    private Set<String> recoveryCodeHashes = new HashSet<>();

    protected UserAccount() {}

    public UserAccount(
            String username,
            String displayName,
            String email,
            String passwordHash,
            Set<Role> roles,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public void setLastLoginAt(Instant lastLoginAt) {
        this.lastLoginAt = lastLoginAt;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public @Nullable Instant getLockedUntil() {
        return lockedUntil;
    }

    public int getFailedLogins() {
        return failedLogins;
    }

    /**
     * Counts a wrong second-step code: whoever types it knew the password. At {@code threshold}
     * consecutive failures the account locks for {@code firstLock}, doubled for every earlier
     * lockout since the last good login.
     *
     * @return whether this failure locked the account
     */
    public boolean recordFailedLogin(Instant now, int threshold, java.time.Duration firstLock) {
        failedLogins++;
        if (failedLogins < threshold) {
            return false;
        }
        lockedUntil = now.plus(firstLock.multipliedBy(1L << Math.min(lockouts, 10)));
        lockouts++;
        failedLogins = 0;
        return true;
    }

    public void recordGoodLogin(Instant now) {
        lastLoginAt = now;
        failedLogins = 0;
        lockouts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedLogins = 0;
        lockouts = 0;
        lockedUntil = null;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public boolean isTwoFactorEnabled() {
        return totpSecret != null;
    }

    /** The same secret sealed anew, e.g. one stored before secrets were sealed. */
    public void replaceSealedTotpSecret(String sealed) {
        if (totpSecret != null) {
            totpSecret = sealed;
        }
    }

    public @Nullable String getTotpSecret() {
        return totpSecret;
    }

    /** Turns two-step login on with a confirmed secret; {@code step} is the one just used. */
    public void enableTwoFactor(String secret, long step, Collection<String> recoveryCodeHashes) {
        this.totpSecret = secret;
        this.totpLastStep = step;
        replaceRecoveryCodes(recoveryCodeHashes);
    }

    public void disableTwoFactor() {
        totpSecret = null;
        totpLastStep = 0;
        recoveryCodeHashes.clear();
    }

    /**
     * Accepts a code's time step only if it is later than the last one accepted, so a code
     * seen over someone's shoulder cannot be used again.
     */
    public boolean acceptTotpStep(long step) {
        if (step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses up a recovery code; each works once. */
    public boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    public int recoveryCodesLeft() {
        return recoveryCodeHashes.size();
    }

    public void replaceRecoveryCodes(Collection<String> hashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(hashes);
    }
}
