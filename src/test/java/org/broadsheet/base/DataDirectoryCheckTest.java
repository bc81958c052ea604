package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.broadsheet.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A data directory Broadsheet cannot write stops the start with its path and the reason, nothing else. */
@ExtendWith(OutputCaptureExtension.class)
class DataDirectoryCheckTest {

    @TempDir
    Path temp;

    @Test
    void aMissingDirectoryIsCreatedForItsOwnerOnly() throws Exception {
        Path dir = temp.resolve("new/data");
        DataDirectoryCheck.check(dir);
        assertThat(dir).isDirectory();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir)))
                .isEqualTo("rwx------");
    }

    @Test
    void theFilesInTheDataDirectoryAreKeptForTheirOwner() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("private"));
        Path database = Files.createFile(dir.resolve(DataDirectoryCheck.DATABASE_FILE));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("rw-r--r--"));
        DataDirectoryCheck.keepPrivate(dir);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(database)))
                .isEqualTo("rw-------");
    }

    @Test
    void aReadOnlyDirectoryOrDatabaseFileIsRefusedWithItsPath() throws Exception {
        Path dir = Files.createDirectory(temp.resolve("readonly"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        assertThatThrownBy(() -> DataDirectoryCheck.check(dir))
                .isInstanceOfSatisfying(DataDirectoryUnusable.class, e -> {
                    assertThat(e.path()).isEqualTo(dir);
                    assertThat(e.reason()).contains("read-only");
                });

        Path writable = Files.createDirectory(temp.resolve("writable"));
        Path database = Files.createFile(writable.resolve(DataDirectoryCheck.DATABASE_FILE));
        Files.setPosixFilePermissions(database, PosixFilePermissions.fromString("r--------"));
        assertThatThrownBy(() -> DataDirectoryCheck.check(writable))
                .isInstanceOfSatisfying(
                        DataDirectoryUnusable.class, e -> assertThat(e.path()).isEqualTo(database));

        Path file = Files.createFile(temp.resolve("a-file"));
        assertThatThrownBy(() -> DataDirectoryCheck.check(file)).hasMessageContaining("not a directory");
    }

    @Test
    void theStartStopsWithOneClearMessageAndNoStackTrace(CapturedOutput output) throws Exception {
        Path dir = Files.createDirectory(temp.resolve("readonly-start"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-x------"));
        SpringApplication application = new SpringApplication(Application.class);
        assertThatThrownBy(() -> application.run(
                        "--broadsheet.data-dir=" + dir,
                        "--server.port=0",
                        "--management.server.port=0",
                        "--broadsheet.demo-content=false"))
                .isInstanceOf(DataDirectoryUnusable.class);
        assertThat(output.getAll())
                .contains("Broadsheet cannot use " + dir + ": the directory is read-only")
                .contains("BROADSHEET_DATA_DIR")
                .doesNotContain("\tat ");
    }
}
