package org.broadsheet.portability.service;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * How to import a WordPress export.
 *
 * @param dryRun           read and report, write nothing
 * @param uploads          the site's {@code wp-content/uploads} as a folder or a zip: its pictures
 *                         come into the library; none leaves pictures out
 * @param keepRemoteImages a picture whose file is not in the uploads keeps its address on the old
 *                         site instead of being left out
 */
public record ImportOptions(boolean dryRun, @Nullable Path uploads, boolean keepRemoteImages) {

    public static ImportOptions dryRun(boolean dryRun) {
        return new ImportOptions(dryRun, null, false);
    }
}
