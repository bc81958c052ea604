package org.broadsheet.base;

import java.security.SecureRandom;
import java.util.Base64;

/** Generated passwords: 120 random bits, URL-safe, 20 characters. */
public final class RandomPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {}

    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
