package org.broadsheet.base;

import java.nio.file.Path;

/** The data directory or its database cannot be used; the start stops with the path and why. */
public class DataDirectoryUnusable extends RuntimeException {

    private final Path path;
    private final String reason;

    public DataDirectoryUnusable(Path path, String reason) {
        super("Broadsheet cannot use " + path + ": " + reason);
        this.path = path;
        this.reason = reason;
    }

    public Path path() {
        return path;
    }

    public String reason() {
        return reason;
    }
}
