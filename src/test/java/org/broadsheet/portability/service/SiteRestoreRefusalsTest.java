package org.broadsheet.portability.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.broadsheet.base.DomainException;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.portability.archive.ArchiveReader;
import org.broadsheet.testsupport.BroadsheetTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** Files that are not a restorable export, and a Broadsheet that is not empty, are refused with nothing changed. */
@BroadsheetTest
@WithMockUser(username = "admin", roles = "ADMIN")
class SiteRestoreRefusalsTest {

    @Autowired
    SiteRestore restore;

    @Autowired
    SiteExport export;

    @Autowired
    ArticleService articles;

    @Autowired
    JdbcTemplate jdbc;

    @TempDir
    Path files;

    @Test
    void aFileThatIsNotAZip() throws IOException {
        Path file = Files.writeString(files.resolve("notes.zip"), "not a zip at all");
        assertRefused(file, "not a zip archive");
    }

    @Test
    void aZipThatIsNotAnExport() throws IOException {
        assertRefused(zip(Map.of("photo.jpg", "jpeg bytes")), "not a Broadsheet export");
        assertRefused(zip(Map.of("manifest.json", "{\"format\":\"something-else\"}")), "not a Broadsheet export");
        assertRefused(zip(Map.of("manifest.json", "{ broken")), "manifest cannot be read");
    }

    @Test
    void anExportOfANewerFormatOrAnotherDatabaseVersion() throws IOException {
        assertRefused(zip(Map.of("manifest.json", manifest(2, "15"))), "newer Broadsheet");
        assertRefused(zip(Map.of("manifest.json", manifest(1, "9999"))), "database is at version 9999");
    }

    @Test
    void aMediaFileWhoseNameWouldLeaveItsFolder() throws IOException {
        Path file = zip(Map.of("manifest.json", manifest(1, "15"), "media/7/../../../secrets.key", "key"));
        try (ArchiveReader archive = new ArchiveReader(file)) {
            assertThatThrownBy(archive::mediaFiles)
                    .isInstanceOf(DomainException.ValidationFailed.class)
                    .hasMessageContaining("a name Broadsheet does not make");
        }
    }

    @Test
    void thisSiteIsNotEmpty() {
        Path file = export.exportInto(files, ArchiveProgress.NONE);
        assertRefused(file, "already holds a site");
    }

    private void assertRefused(Path file, String why) {
        long articlesBefore = articles.countAll();
        long auditBefore = auditRows();
        assertThatThrownBy(() -> restore.restore(file, ArchiveProgress.NONE))
                .isInstanceOf(DomainException.ValidationFailed.class)
                .hasMessageContaining(why);
        assertThat(articles.countAll()).isEqualTo(articlesBefore);
        assertThat(auditRows()).as("no restore recorded").isEqualTo(auditBefore);
    }

    private long auditRows() {
        Long rows = jdbc.queryForObject("select count(*) from audit_event where action = 'site.restore'", Long.class);
        return rows == null ? 0 : rows;
    }

    private static String manifest(int formatVersion, String schemaVersion) {
        return "{\"format\":\"broadsheet-export\",\"formatVersion\":" + formatVersion + ",\"schemaVersion\":\""
                + schemaVersion + "\",\"createdAt\":\"2026-01-01T00:00:00Z\",\"tables\":[],\"mediaFiles\":0}";
    }

    private Path zip(Map<String, String> entries) throws IOException {
        Path file = Files.createTempFile(files, "export", ".zip");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
