package org.broadsheet.people.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.broadsheet.base.CurrentActor;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.RandomPasswords;
import org.broadsheet.people.Role;
import org.broadsheet.people.domain.UserAccount;
import org.broadsheet.people.domain.UserAccountRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Login accounts. */
@Service
public class UserAccountService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final CurrentPasswordCheck currentPasswordCheck;
    private final AuditLog audit;
    private final LoginLocks locks;
    private final Clock clock;

    UserAccountService(
            UserAccountRepository accounts,
            PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy,
            CurrentPasswordCheck currentPasswordCheck,
            AuditLog audit,
            LoginLocks locks,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.currentPasswordCheck = currentPasswordCheck;
        this.audit = audit;
        this.locks = locks;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public long create(NewAccount account) {
        String username = account.username().strip().toLowerCase(Locale.ROOT);
        if (username.isEmpty()
                || username.length() > UserAccount.USERNAME_MAX_LENGTH
                || !username.matches(UserAccount.USERNAME_PATTERN)) {
            throw new DomainException.ValidationFailed(
                    "username", "Use lower-case letters, digits, dots, hyphens or underscores");
        }
        if (accounts.existsByUsername(username)) {
            throw new DomainException.ValidationFailed("username", "That username is taken");
        }
        requireEmail(account.email());
        requireDisplayName(account.displayName());
        if (accounts.existsByEmailIgnoreCase(account.email().strip())) {
            throw new DomainException.ValidationFailed("email", "Another account uses that email");
        }
        passwordPolicy.check(username, account.password());
        if (account.roles().isEmpty()) {
            throw new DomainException.ValidationFailed("roles", "Give the account at least one role");
        }
        UserAccount saved = accounts.save(new UserAccount(
                username,
                account.displayName().strip(),
                account.email().strip(),
                hash(account.password()),
                account.roles(),
                clock.instant()));
        audit.record("user.create", "user:" + saved.requireId(), username + " " + account.roles());
        return saved.requireId();
    }

    /** The name to greet a logged-in user with. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<String> displayName(String username) {
        return accounts.findByUsername(username).map(UserAccount::getDisplayName);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccountRow> list(Pageable pageable) {
        Instant now = clock.instant();
        Pageable sorted = pageable.getSort().isSorted()
                ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return accounts.findAll(sorted)
                .map(a -> new AccountRow(
                        a.requireId(),
                        a.getUsername(),
                        a.getDisplayName(),
                        a.getEmail(),
                        a.getRoles(),
                        a.isEnabled(),
                        a.getLastLoginAt(),
                        a.isLockedAt(now),
                        a.isMustChangePassword(),
                        a.isTwoFactorEnabled()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count() {
        return accounts.count();
    }

    /**
     * Changes an account's name, email, roles or whether it may log in. Nobody can take away
     * their own ADMIN role or disable themselves, and the last enabled admin stays one.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void update(long id, AccountChanges changes) {
        UserAccount account = find(id);
        requireDisplayName(changes.displayName());
        requireEmail(changes.email());
        if (accounts.existsByEmailIgnoreCaseAndIdNot(changes.email().strip(), id)) {
            throw new DomainException.ValidationFailed("email", "Another account uses that email");
        }
        if (changes.roles().isEmpty()) {
            throw new DomainException.ValidationFailed("roles", "Give the account at least one role");
        }
        boolean adminNow = account.isEnabled() && account.getRoles().contains(Role.ADMIN);
        boolean adminAfter = changes.enabled() && changes.roles().contains(Role.ADMIN);
        if (adminNow && !adminAfter) {
            if (account.getUsername().equals(CurrentActor.name())) {
                throw new DomainException.ValidationFailed(
                        "roles", "You cannot remove your own admin rights or disable yourself");
            }
            if (accounts.countEnabledAdmins() <= 1) {
                throw new DomainException.ValidationFailed("roles", "This is the last enabled admin");
            }
        }
        String before = describe(account);
        account.setDisplayName(changes.displayName().strip());
        account.setEmail(changes.email().strip());
        account.setRoles(changes.roles());
        account.setEnabled(changes.enabled());
        audit.record("user.update", "user:" + id, before + " → " + describe(account));
    }

    /**
     * Gives the account a new random password, shown once to the admin, which must be changed
     * at the next login.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public String resetPassword(long id) {
        UserAccount account = find(id);
        String password = RandomPasswords.generateFor(account.getUsername());
        account.setPasswordHash(hash(password));
        account.setMustChangePassword(true);
        account.unlock();
        audit.record("user.password-reset", "user:" + id, account.getUsername());
        return password;
    }

    /** The logged-in user's own account. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountRow myAccount() {
        UserAccount a = mine();
        return new AccountRow(
                a.requireId(),
                a.getUsername(),
                a.getDisplayName(),
                a.getEmail(),
                a.getRoles(),
                a.isEnabled(),
                a.getLastLoginAt(),
                false,
                a.isMustChangePassword(),
                a.isTwoFactorEnabled());
    }

    /**
     * Whether the logged-in user must choose a new password before doing anything else; false
     * for anonymous callers, so navigation guards may ask before anyone has logged in.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return accounts.findByUsername(CurrentActor.name())
                .map(UserAccount::isMustChangePassword)
                .orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updateMyProfile(String displayName, String email) {
        UserAccount account = mine();
        requireDisplayName(displayName);
        requireEmail(email);
        if (accounts.existsByEmailIgnoreCaseAndIdNot(email.strip(), account.requireId())) {
            throw new DomainException.ValidationFailed("email", "Another account uses that email");
        }
        account.setDisplayName(displayName.strip());
        account.setEmail(email.strip());
        audit.record("user.profile", "user:" + account.requireId(), describe(account));
    }

    /** Changes the logged-in user's password; the current one must be given. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeMyPassword(String currentPassword, String newPassword) {
        UserAccount account = mine();
        currentPasswordCheck.require(account, currentPassword);
        if (currentPassword.equals(newPassword)) {
            throw new DomainException.ValidationFailed("password", "Choose a password different from the current one");
        }
        passwordPolicy.check(account.getUsername(), newPassword);
        account.setPasswordHash(hash(newPassword));
        account.setMustChangePassword(false);
        audit.record("user.password-change", "user:" + account.requireId(), null);
    }

    /** Lifts a lockout before it runs out, e.g. after the owner called the desk. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlock(long userId) {
        UserAccount account = find(userId);
        account.unlock();
        locks.clear(account.getUsername());
        audit.record("user.unlock", "user:" + userId, account.getUsername());
    }

    /** The operator's unlock from the command line, by login name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void unlockByUsername(String username) {
        unlock(accounts.requireByUsername(username).requireId());
    }

    private UserAccount mine() {
        return accounts.requireByUsername(CurrentActor.name());
    }

    private UserAccount find(long id) {
        return accounts.requireById(id);
    }

    private static void requireEmail(String email) {
        String trimmed = email.strip();
        if (trimmed.length() > UserAccount.EMAIL_MAX_LENGTH
                || !EMAIL.matcher(trimmed).matches()) {
            throw new DomainException.ValidationFailed("email", "Enter an email address like name@example.org");
        }
    }

    private static void requireDisplayName(String name) {
        if (name.isBlank() || name.strip().length() > UserAccount.DISPLAY_NAME_MAX_LENGTH) {
            throw new DomainException.ValidationFailed(
                    "displayName",
                    "A display name is required, at most " + UserAccount.DISPLAY_NAME_MAX_LENGTH + " characters");
        }
    }

    private static String describe(UserAccount account) {
        return account.getDisplayName() + " <" + account.getEmail() + "> " + account.getRoles()
                + (account.isEnabled() ? "" : " disabled");
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    private String hash(String password) {
        return Objects.requireNonNull(passwordEncoder.encode(password), "the password encoder gave no hash");
    }
}
