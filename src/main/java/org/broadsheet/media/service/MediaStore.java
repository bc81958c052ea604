package org.broadsheet.media.service;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;

/**
 * Where a picture's files live: its original (for the desk) and the variants readers fetch, in one
 * folder per picture. The file system under the data directory is the embedded default; several
 * machines need a store they all reach.
 */
public interface MediaStore {

    /** The names Broadsheet makes for a picture's files. */
    Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

    /** Whether Broadsheet could have made this name: anything else (a "..", a slash) never reaches a store. */
    static boolean isFileName(String name) {
        return FILE_NAME.matcher(name).matches();
    }

    /** The name, when Broadsheet could have made it; refused before it reaches a path or a key otherwise. */
    static String requireFileName(String name) {
        if (!isFileName(name)) {
            throw new IllegalArgumentException("Not a media file name: " + name);
        }
        return name;
    }

    /** Writes a file whole, replacing one of the same name; readers never see half a file. */
    void put(long mediaId, String name, byte[] bytes);

    Optional<Resource> open(long mediaId, String name);

    /** The names of a picture's files, sorted; none when it has none. */
    List<String> names(long mediaId);

    void delete(long mediaId, String name);

    /** Whether files can be written now: the readiness check asks. */
    boolean writable();

    /** Everything of a picture, gone. */
    void deleteAll(long mediaId);
}
