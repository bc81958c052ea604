package org.broadsheet.portability.wordpress;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.broadsheet.base.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A WordPress site's {@code wp-content/uploads}, as a folder or a zip of it: the file an
 * attachment's address names ({@code …/wp-content/uploads/2021/03/photo.jpg}), found by its path
 * below {@code uploads/} without any network. Paths that would leave the folder are never read.
 */
public final class WordPressUploads implements Closeable {

    /** The path below {@code uploads/} in an address; WordPress's resized copies end in {@code -640x480}. */
    private static final Pattern BELOW_UPLOADS = Pattern.compile("(?:^|/)uploads/(.+)$");

    private static final Pattern SIZE_SUFFIX = Pattern.compile("-\\d{1,5}x\\d{1,5}(\\.[A-Za-z0-9]+)$");

    private final @Nullable Path folder;
    private final @Nullable ZipFile zip;
    private final Map<String, ZipEntry> entries = new HashMap<>();

    private WordPressUploads(@Nullable Path folder, @Nullable ZipFile zip) {
        this.folder = folder;
        this.zip = zip;
        if (zip != null) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                if (!entry.isDirectory()) {
                    // a resized copy stands in for its original only when the original is missing
                    boolean resized = SIZE_SUFFIX.matcher(entry.getName()).find();
                    key(entry.getName()).ifPresent(key -> {
                        if (!resized || !entries.containsKey(key)) {
                            entries.put(key, entry);
                        }
                    });
                }
            }
        }
    }

    /** The uploads in a folder, or in a zip file (of {@code uploads} or of {@code wp-content}). */
    public static WordPressUploads of(Path folderOrZip) throws IOException {
        if (Files.isDirectory(folderOrZip)) {
            return new WordPressUploads(folderOrZip.toAbsolutePath().normalize(), null);
        }
        try {
            return new WordPressUploads(null, new ZipFile(folderOrZip.toFile()));
        } catch (java.util.zip.ZipException e) {
            throw new DomainException.ValidationFailed(
                    "uploads", "The uploads are neither a folder nor a zip file: " + folderOrZip.getFileName());
        }
    }

    /**
     * The key an address or a file name is known by: its path below {@code uploads/} (or, for a
     * zip of the uploads folder's contents, the whole path), lower-cased, without a resized
     * copy's {@code -640x480}.
     */
    public static Optional<String> key(String addressOrPath) {
        return original(addressOrPath).map(path -> path.toLowerCase(Locale.ROOT));
    }

    /** The original's path below {@code uploads/}, as written. */
    private static Optional<String> original(String addressOrPath) {
        String path;
        try {
            String raw = URI.create(addressOrPath.strip().replace(" ", "%20")).getRawPath();
            path = URLDecoder.decode(raw == null ? addressOrPath : raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            path = addressOrPath;
        }
        Matcher below = BELOW_UPLOADS.matcher(path);
        String relative = below.find() ? below.group(1) : path.replaceFirst("^/+", "");
        if (relative.isEmpty() || relative.contains("..")) {
            return Optional.empty();
        }
        return Optional.of(SIZE_SUFFIX.matcher(relative).replaceFirst("$1"));
    }

    /** The original file an attachment's or image's address names, if the uploads hold it. */
    public Optional<byte[]> read(String address) throws IOException {
        Optional<String> key = key(address);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (zip != null) {
            ZipEntry entry = entries.get(key.get());
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(in.readAllBytes());
            }
        }
        return readFromFolder(address);
    }

    private Optional<byte[]> readFromFolder(String address) throws IOException {
        Optional<String> original = original(address);
        if (folder == null || original.isEmpty()) {
            return Optional.empty();
        }
        Path file = folder.resolve(original.get()).normalize();
        if (!file.startsWith(folder) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(Files.readAllBytes(file));
    }

    @Override
    public void close() throws IOException {
        if (zip != null) {
            zip.close();
        }
    }
}
