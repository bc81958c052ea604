package org.broadsheet.portability.service;

/** Told as an import goes, and asked whether to stop: the desk's progress bar and cancel button. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {};

    /** One more item read from the file. */
    default void item(int itemsRead, String title) {}

    default boolean cancelled() {
        return false;
    }
}
