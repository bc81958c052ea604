package org.broadsheet.media.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.broadsheet.base.BroadsheetProperties;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;

/** Pictures as files under {@code broadsheet.data-dir/media/{id}/}; made by {@link MediaStoreChoice}. */
class FileSystemMediaStore implements MediaStore {

    private final Path root;

    FileSystemMediaStore(BroadsheetProperties properties) {
        this.root = properties.dataDir().toAbsolutePath().normalize().resolve("media");
    }

    @Override
    public void put(long mediaId, String name, byte[] bytes) {
        Path file = file(mediaId, name);
        try {
            Files.createDirectories(file.getParent());
            Path partial = Files.createTempFile(file.getParent(), ".upload-", ".part");
            try {
                Files.write(partial, bytes);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store " + file, e);
        }
    }

    @Override
    public Optional<Resource> open(long mediaId, String name) {
        if (!MediaStore.isFileName(name)) {
            return Optional.empty();
        }
        Path file = file(mediaId, name);
        return Files.isRegularFile(file) ? Optional.of(new FileSystemResource(file)) : Optional.empty();
    }

    @Override
    public boolean writable() {
        try {
            Files.createDirectories(root);
            return Files.isWritable(root);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public List<String> names(long mediaId) {
        Path folder = root.resolve(Long.toString(mediaId));
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(MediaStore::isFileName)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(long mediaId, String name) {
        try {
            Files.deleteIfExists(file(mediaId, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void deleteAll(long mediaId) {
        Path folder = root.resolve(Long.toString(mediaId));
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> deepestFirst = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path file(long mediaId, String name) {
        return root.resolve(Long.toString(mediaId)).resolve(MediaStore.requireFileName(name));
    }
}
