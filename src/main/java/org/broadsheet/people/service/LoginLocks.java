package org.broadsheet.people.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Locks an account for one client address after {@code lockoutThreshold} wrong passwords from
 * it: whoever guesses is stopped, the owner logging in from elsewhere is not. Each further lockout
 * from the same address doubles the lock, up to {@code lockoutMaximum}. Kept in this node's
 * memory; the account-wide pause in the database bounds guessing spread over nodes and addresses.
 */
@Component
class LoginLocks {

    private record Pair(String username, String address) {}

    private record State(
            int failures, int lockouts, @Nullable Instant lockedUntil) {}

    private final LoginProtection protection;
    private final Cache<Pair, State> states;

    LoginLocks(LoginProtection protection) {
        this.protection = protection;
        this.states = Caffeine.newBuilder()
                .maximumSize(200_000)
                .expireAfterWrite(protection.lockoutMaximum().plus(Duration.ofHours(1)))
                .build();
    }

    /** Until when this address may not log in to this account, if it is locked out now. */
    Optional<Instant> lockedUntil(String username, String address, Instant now) {
        State state = states.getIfPresent(pair(username, address));
        return state == null
                        || state.lockedUntil() == null
                        || !state.lockedUntil().isAfter(now)
                ? Optional.empty()
                : Optional.of(state.lockedUntil());
    }

    /** @return whether this failure locked the address out */
    boolean failed(String username, String address, Instant now) {
        State after = states.asMap().compute(pair(username, address), (key, before) -> {
            State state = before == null ? new State(0, 0, null) : before;
            int failures = state.failures() + 1;
            if (failures < protection.lockoutThreshold()) {
                return new State(failures, state.lockouts(), state.lockedUntil());
            }
            Duration lock = protection.lockoutDuration().multipliedBy(1L << Math.min(state.lockouts(), 20));
            Duration capped = lock.compareTo(protection.lockoutMaximum()) > 0 ? protection.lockoutMaximum() : lock;
            return new State(0, state.lockouts() + 1, now.plus(capped));
        });
        return after != null && after.failures() == 0 && after.lockedUntil() != null;
    }

    void succeeded(String username, String address) {
        states.invalidate(pair(username, address));
    }

    /** An admin or the operator unlocked the account: for every address. */
    void clear(String username) {
        String name = username.toLowerCase(Locale.ROOT);
        states.asMap().keySet().removeIf(pair -> pair.username().equals(name));
    }

    private static Pair pair(String username, String address) {
        return new Pair(username.toLowerCase(Locale.ROOT), address);
    }
}
