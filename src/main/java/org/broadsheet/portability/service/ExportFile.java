package org.broadsheet.portability.service;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;

/**
 * An export written into a folder as {@code PREFIX-yyyyMMdd-HHmmss.EXT} (UTC, so names sort by
 * age), through a partial file moved into place: the file appears whole or not at all.
 */
final class ExportFile {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private ExportFile() {}

    static Path write(Path directory, String prefix, Instant at, String extension, Consumer<OutputStream> content) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(prefix + TIME.format(at) + "." + extension);
            Path partial = Files.createTempFile(directory, ".export-", ".part");
            try {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
                    content.accept(out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the export into " + directory, e);
        }
    }
}
