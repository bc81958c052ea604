package org.broadsheet.portability.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Nightly backups: off unless asked for; when on, an export lands in the backups folder and only the newest N stay. */
@BroadsheetTest
class NightlyBackupTest {

    @Autowired
    SiteExport export;

    @TempDir
    Path dataDir;

    @Test
    void offByDefaultWritesNothing() {
        NightlyBackup backup = backup(false, 3);
        backup.nightly();
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void onItWritesAnExportAndKeepsOnlyTheNewest() throws IOException {
        Path backups = Files.createDirectories(dataDir.resolve("backups"));
        for (String day : new String[] {"20261101", "20261102", "20261103", "20261104"}) {
            Files.writeString(backups.resolve("broadsheet-export-" + day + "-033000.zip"), day);
        }
        Files.writeString(backups.resolve("notes.txt"), "not a backup");

        backup(true, 3).nightly();

        try (var files = Files.list(backups)) {
            var names = files.map(file -> file.getFileName().toString()).toList();
            assertThat(names)
                    .hasSize(4)
                    .contains(
                            "notes.txt",
                            "broadsheet-export-20261104-033000.zip",
                            "broadsheet-export-20261103-033000.zip")
                    .doesNotContain("broadsheet-export-20261101-033000.zip", "broadsheet-export-20261102-033000.zip");
            assertThat(names)
                    .filteredOn(name -> name.startsWith("broadsheet-export-") && !name.contains("-033000"))
                    .as("tonight's export")
                    .hasSize(1);
        }
    }

    private NightlyBackup backup(boolean enabled, int keep) {
        return new NightlyBackup(export, new BroadsheetProperties(dataDir, false, false, null, 0, null), enabled, keep);
    }
}
