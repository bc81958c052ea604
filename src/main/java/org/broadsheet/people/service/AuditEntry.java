package org.broadsheet.people.service;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit log as the desk shows and exports it. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        @Nullable String target,
        @Nullable String ip,
        @Nullable String details) {}
