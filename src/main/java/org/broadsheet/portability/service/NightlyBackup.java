package org.broadsheet.portability.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.broadsheet.base.BroadsheetProperties;
import org.broadsheet.base.SystemActor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * When {@code broadsheet.backup.nightly=true}: an export every night
 * ({@code broadsheet.backup.cron}, 03:30 by default) into {@code broadsheet.data-dir/backups},
 * keeping the newest {@code broadsheet.backup.keep} (7). One node of a site does it, under the
 * same database lock that lets one node publish scheduled articles.
 */
@Service
public class NightlyBackup {

    private static final Logger log = LoggerFactory.getLogger(NightlyBackup.class);

    /** What the desk shows about the backups. */
    public record Status(boolean enabled, int keep, Path directory, List<Path> kept) {}

    private final SiteExport export;
    private final boolean enabled;
    private final int keep;
    private final Path directory;

    NightlyBackup(
            SiteExport export,
            BroadsheetProperties properties,
            @Value("${broadsheet.backup.nightly:false}") boolean enabled,
            @Value("${broadsheet.backup.keep:7}") int keep) {
        this.export = export;
        this.enabled = enabled;
        this.keep = Math.max(1, keep);
        this.directory = properties.dataDir().toAbsolutePath().normalize().resolve("backups");
    }

    @Scheduled(cron = "${broadsheet.backup.cron:0 30 3 * * *}")
    @SchedulerLock(name = "nightly-backup", lockAtMostFor = "PT6H", lockAtLeastFor = "PT5M")
    void nightly() {
        if (!enabled) {
            return;
        }
        try {
            Path file = SystemActor.call(() -> export.exportInto(directory, ArchiveProgress.NONE));
            log.info("Nightly backup written: {}", file);
            prune();
        } catch (RuntimeException e) {
            log.error("The nightly backup failed; the last good ones are kept", e);
        }
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Status status() {
        return new Status(enabled, keep, directory, backups());
    }

    /** Deletes all but the newest {@code keep} backups. */
    void prune() {
        List<Path> newestFirst = backups();
        for (Path old : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete the old backup " + old, e);
            }
        }
    }

    /** Newest first: the time in the name sorts them. */
    private List<Path> backups() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(SiteExport.FILE_PREFIX) && name.endsWith(".zip");
                    })
                    .sorted(java.util.Comparator.comparing(Path::toString).reversed())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
