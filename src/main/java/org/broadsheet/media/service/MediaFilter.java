package org.broadsheet.media.service;

import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/**
 * What the library shows: pictures whose words match the text, and optionally only the viewer's
 * own, only those nothing uses, or only those uploaded in one month.
 */
public record MediaFilter(
        String text, boolean mine, boolean unused, @Nullable YearMonth month) {}
