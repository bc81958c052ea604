package org.broadsheet.desk.login;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The only sessions made before a login is complete hold a password step waiting for its code.
 * One address may open a few of them per code window, so even someone who knows a password
 * cannot fill the server with half-done logins.
 */
final class PendingLoginLimit {

    static final int PER_ADDRESS = 10;

    private final Cache<String, AtomicInteger> opened = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(PendingLogin.TIME_TO_ENTER_CODE)
            .build();

    /** Counts one more pending login from this address; false when it has opened its share. */
    boolean admit(String address) {
        return opened.get(address, a -> new AtomicInteger()).incrementAndGet() <= PER_ADDRESS;
    }
}
