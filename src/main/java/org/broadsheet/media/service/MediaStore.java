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

    /** Names are made by Broadsheet; anything else (a "..", a slash) is refused before it reaches a store. */
    Pattern FILE_NAME = Pattern.compile("[a-z0-9][a-z0-9.-]{0,99}");

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
