package org.broadsheet.people.service;

import java.time.Instant;
import java.util.Set;
import org.broadsheet.people.Role;
import org.jspecify.annotations.Nullable;

/** An account as the users grid shows it. */
public record AccountRow(
        long id,
        String username,
        String displayName,
        String email,
        Set<Role> roles,
        boolean enabled,
        @Nullable Instant lastLoginAt,
        boolean locked,
        boolean mustChangePassword,
        boolean twoFactorEnabled) {}
