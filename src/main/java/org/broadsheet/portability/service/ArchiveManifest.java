package org.broadsheet.portability.service;

import java.util.List;

/**
 * What an archive holds, written last and read first: the format and its version, the database
 * schema version the rows fit, and how many rows and media files there are.
 */
public record ArchiveManifest(
        String format,
        int formatVersion,
        String schemaVersion,
        String createdAt,
        List<TableRows> tables,
        long mediaFiles) {

    public static final String FORMAT = "broadsheet-export";
    public static final int FORMAT_VERSION = 1;

    public record TableRows(String name, long rows) {}

    public ArchiveManifest {
        tables = List.copyOf(tables);
    }

    /** "N rows, M media files": for logs and the audit trail. */
    public String summary() {
        return totalRows() + " rows, " + mediaFiles + " media files";
    }

    public long totalRows() {
        return tables.stream().mapToLong(TableRows::rows).sum();
    }
}
