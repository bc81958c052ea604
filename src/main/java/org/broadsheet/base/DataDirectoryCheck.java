package org.broadsheet.base;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Before anything opens it: the data directory exists (created readable by its owner only) and
 * Broadsheet can write to it and to its embedded database. A read-only one would otherwise start
 * "healthy" and fail every login, or bury the cause in a long stack trace; this stops the start
 * with the path and the reason ({@link DataDirectoryFailureAnalyzer}).
 */
public class DataDirectoryCheck implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE_FILE = "broadsheet.mv.db";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String url = environment.getProperty("spring.datasource.url", "");
        if (!url.isEmpty() && !url.startsWith("jdbc:h2:file:")) {
            return; // an in-memory or server database: the data directory is not where it lives
        }
        Path dir = Path.of(environment.getProperty(
                        EmbeddedDatabaseLocation.DATA_DIR, EmbeddedDatabaseLocation.DEFAULT_DATA_DIR))
                .toAbsolutePath()
                .normalize();
        check(dir);
    }

    /** Creates the directory if needed; refuses one that cannot hold the database. */
    static void check(Path dir) {
        if (!Files.exists(dir)) {
            create(dir);
        }
        if (!Files.isDirectory(dir)) {
            throw new DataDirectoryUnusable(dir, "it is not a directory");
        }
        if (!writable(dir)) {
            throw new DataDirectoryUnusable(dir, "the directory is read-only");
        }
        Path database = dir.resolve(DATABASE_FILE);
        if (Files.exists(database) && !writable(database)) {
            throw new DataDirectoryUnusable(database, "the database file is read-only");
        }
        try {
            Files.deleteIfExists(Files.createTempFile(dir, ".write-check", ".tmp"));
        } catch (IOException e) {
            throw new DataDirectoryUnusable(dir, "nothing can be written in it (" + e.getMessage() + ")");
        }
    }

    /**
     * Makes the files directly in the data directory (the database, its key) readable by their
     * owner only: H2 creates its file with the process's default permissions.
     */
    static void keepPrivate(Path dir) {
        if (!Files.isDirectory(dir)
                || !dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException e) {
            throw new DataDirectoryUnusable(dir, "its files' permissions cannot be set (" + e.getMessage() + ")");
        }
    }

    private static void create(Path dir) {
        try {
            if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectories(
                        dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new DataDirectoryUnusable(dir, "it cannot be created (" + e.getMessage() + ")");
        }
    }

    /** By the owner's write permission where there is one: root may write anywhere, H2 still refuses. */
    private static boolean writable(Path path) {
        try {
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path);
                return permissions.contains(PosixFilePermission.OWNER_WRITE) && Files.isWritable(path);
            }
        } catch (IOException e) {
            return false;
        }
        return Files.isWritable(path);
    }

    @Override
    public int getOrder() {
        // after EmbeddedDatabaseLocation has decided where the database is
        return Ordered.LOWEST_PRECEDENCE;
    }
}
