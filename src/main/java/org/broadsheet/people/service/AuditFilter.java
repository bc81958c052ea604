package org.broadsheet.people.service;

import java.time.LocalDate;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Which audit lines to show: by actor and action (case-insensitive, partial), and by days in the
 * site's time zone, {@code from} and {@code to} both included.
 */
public record AuditFilter(
        @Nullable String actor,
        @Nullable String action,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        ZoneId zone) {

    public static AuditFilter everything(ZoneId zone) {
        return new AuditFilter(null, null, null, null, zone);
    }
}
