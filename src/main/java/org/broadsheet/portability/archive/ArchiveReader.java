package org.broadsheet.portability.archive;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.broadsheet.base.DomainException;
import org.broadsheet.portability.service.ArchiveManifest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MappingIterator;

/**
 * Reads an archive a row or a file at a time. Everything that does not look like an archive
 * Broadsheet wrote is refused with a message an admin can act on.
 */
public final class ArchiveReader implements Closeable {

    private final ZipFile zip;
    private final ArchiveManifest manifest;

    public ArchiveReader(Path file) throws IOException {
        try {
            this.zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw refused("This file is not a zip archive: choose a Broadsheet export.");
        }
        try {
            this.manifest = readManifest();
        } catch (RuntimeException | IOException e) {
            zip.close();
            throw e;
        }
    }

    public ArchiveManifest manifest() {
        return manifest;
    }

    /** The rows of a table, one JSON object each; close it when done. */
    public MappingIterator<JsonNode> rows(String table) throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveLayout.tableEntry(table));
        if (entry == null) {
            throw refused("The export has no rows for the table " + table + ": it is incomplete.");
        }
        return ArchiveLayout.JSON.readerFor(JsonNode.class).readValues(zip.getInputStream(entry));
    }

    /** The media files the archive holds, by picture and name. */
    public List<MediaEntry> mediaFiles() {
        List<MediaEntry> files = new ArrayList<>();
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (ArchiveLayout.isMedia(entry.getName()) && !entry.isDirectory()) {
                var file = ArchiveLayout.mediaFile(entry.getName())
                        .orElseThrow(
                                () -> refused("The export holds a media file with a name Broadsheet does not make: "
                                        + entry.getName()));
                files.add(new MediaEntry(file.mediaId(), file.name(), entry));
            }
        }
        return files;
    }

    public InputStream open(MediaEntry file) throws IOException {
        return zip.getInputStream(file.entry());
    }

    /** A media file in the archive. */
    public record MediaEntry(long mediaId, String name, ZipEntry entry) {}

    private ArchiveManifest readManifest() throws IOException {
        ZipEntry entry = zip.getEntry(ArchiveLayout.MANIFEST);
        if (entry == null) {
            throw refused("This zip is not a Broadsheet export (it has no " + ArchiveLayout.MANIFEST + ").");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            ArchiveManifest read = ArchiveLayout.JSON.readValue(in, ArchiveManifest.class);
            if (!ArchiveManifest.FORMAT.equals(read.format())) {
                throw refused("This zip is not a Broadsheet export.");
            }
            if (read.formatVersion() > ArchiveManifest.FORMAT_VERSION) {
                throw refused("This export was made by a newer Broadsheet (format " + read.formatVersion()
                        + "); update this one first.");
            }
            return read;
        } catch (JacksonException e) {
            throw refused("This zip's manifest cannot be read: it is not a Broadsheet export.");
        }
    }

    static DomainException.ValidationFailed refused(String why) {
        return new DomainException.ValidationFailed("file", why);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
