package org.broadsheet.people.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.broadsheet.base.DomainException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least {@link #MIN_LENGTH} characters, not the username, and not
 * one of the passwords people pick first (a generated list of 30 000 in
 * {@code people/common-passwords.txt}, see {@code scripts/generate-common-passwords.py}).
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads 72 bytes; longer passwords would be silently cut. */
    public static final int MAX_BYTES = 72;

    static final String COMMON_PASSWORDS = "people/common-passwords.txt";

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Why this password is not acceptable for this user, if it is not. */
    public Optional<String> problem(String username, String password) {
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about 70 letters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (!username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your username in your password");
        }
        if (common.contains(lower)) {
            return Optional.of("This password is among the first ones attackers try; choose another");
        }
        return Optional.empty();
    }

    public void check(String username, String password) {
        problem(username, password).ifPresent(message -> {
            throw new DomainException.ValidationFailed("password", message);
        });
    }

    int size() {
        return common.size();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource(COMMON_PASSWORDS).getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + COMMON_PASSWORDS, e);
        }
        return Set.copyOf(passwords);
    }
}
