package org.broadsheet.base;

import java.security.SecureRandom;
import java.util.Base64;

/** Generated passwords: 120 random bits, URL-safe, 20 characters. */
public final class RandomPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {}

    /**
     * A password for this user: random, and never containing the username (which the password
     * policy refuses, so a demo account called "tom" failed the first start about once in a few
     * hundred when "tom" turned up by chance).
     */
    public static String generateFor(String username) {
        String name = username.toLowerCase(java.util.Locale.ROOT);
        String password = generate();
        while (!name.isEmpty() && password.toLowerCase(java.util.Locale.ROOT).contains(name)) {
            password = generate();
        }
        return password;
    }

    public static String generate() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
