package org.broadsheet.portability.service;

/** Told as an export or a restore goes, and asked whether to stop: the desk's progress bar and cancel button. */
public interface ArchiveProgress {

    ArchiveProgress NONE = new ArchiveProgress() {};

    /** {@code done} of {@code total} rows and media files; {@code what} is being written now. */
    default void at(long done, long total, String what) {}

    default boolean cancelled() {
        return false;
    }

    /** One more step done: told, unless the job was cancelled, which stops it here. */
    default void advance(long done, long total, String what) {
        if (cancelled()) {
            throw new ArchiveCancelled();
        }
        at(done, total, what);
    }
}
