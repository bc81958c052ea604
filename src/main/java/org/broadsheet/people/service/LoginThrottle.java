package org.broadsheet.people.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * A rate limit on failed logins per client address (Bucket4j token buckets): guessing across
 * many accounts from one place is slowed down even where no single account locks.
 */
@Component
public class LoginThrottle {

    private final LoginProtection protection;
    private final AuditLog audit;
    private final Cache<String, Bucket> buckets;
    /** Addresses already reported in the current window, so a flood writes one audit line. */
    private final Cache<String, Boolean> reported;

    LoginThrottle(LoginProtection protection, AuditLog audit) {
        this.protection = protection;
        this.audit = audit;
        this.buckets = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterAccess(protection.attemptWindow().multipliedBy(2))
                .build();
        this.reported = Caffeine.newBuilder()
                .maximumSize(100_000)
                .expireAfterWrite(protection.attemptWindow())
                .build();
    }

    /**
     * Whether this address may try a password now. Only failures use up its allowance, so a
     * colleague behind the same address who types the right password is never turned away by
     * another's guessing.
     */
    public boolean mayAttempt(String address) {
        boolean allowed = bucket(address).getAvailableTokens() > 0;
        if (!allowed && reported.asMap().putIfAbsent(address, Boolean.TRUE) == null) {
            audit.recordAs(
                    address,
                    "login.rate-limited",
                    null,
                    "more than " + protection.attemptsPerIp() + " failed attempts in " + protection.attemptWindow());
        }
        return allowed;
    }

    /** A wrong password from this address: one attempt less in its window. */
    void countFailure(String address) {
        bucket(address).tryConsume(1);
    }

    private Bucket bucket(String address) {
        return buckets.get(
                address,
                a -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(protection.attemptsPerIp())
                                .refillGreedy(protection.attemptsPerIp(), protection.attemptWindow())
                                .build())
                        .build());
    }
}
