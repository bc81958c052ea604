package org.broadsheet.people.service;

import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * One-time codes for when the phone is lost: ten of them, 16 random letters and digits each,
 * stored only as SHA-256 hashes. Their 80-odd bits of randomness make a slow password hash
 * unnecessary.
 */
final class RecoveryCodes {

    static final int COUNT = 10;
    private static final int CODE_CHARACTERS = 16;

    private RecoveryCodes() {}

    static List<String> generate() {
        return List.of(new RecoveryCodeGenerator().generateCodes(COUNT));
    }

    /** Whether typed input has the shape of a recovery code (hyphens and spaces optional). */
    static boolean looksLikeOne(String typed) {
        return normalise(typed).length() == CODE_CHARACTERS;
    }

    static String hash(String code) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(normalise(code).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    static List<String> hashes(List<String> codes) {
        return codes.stream().map(RecoveryCodes::hash).toList();
    }

    private static String normalise(String typed) {
        return typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
