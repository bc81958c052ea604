package org.broadsheet.portability.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.broadsheet.base.DomainException;
import org.broadsheet.base.PlannerStatistics;
import org.broadsheet.base.PublicContentChanged;
import org.broadsheet.media.service.MediaStore;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.TwoStepSecrets;
import org.broadsheet.portability.archive.ArchiveReader;
import org.broadsheet.portability.archive.DatabaseTables;
import org.broadsheet.portability.archive.SchemaVersion;
import org.broadsheet.portability.archive.TableLoader;
import org.broadsheet.portability.archive.TableShape;
import org.broadsheet.search.service.SearchIndexService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts an export back into an empty Broadsheet, on H2 or PostgreSQL alike: media files first,
 * then every row in one transaction (so a failure leaves the instance as empty as it was), then
 * the search index is rebuilt and every kept page forgotten. The accounts of the export replace
 * the instance's own, so the admin signs in again with an account of the restored site.
 */
@Service
public class SiteRestore {

    /**
     * Tables whose rows mean the instance already holds a site, and what to call them. A new
     * instance's first admin, settings and starter pages are not a site: the export's replace them.
     */
    private static final Map<String, String> CONTENT =
            Map.of("article", "articles", "section", "sections", "tag", "tags", "media_item", "pictures");

    /** Pictures are at most this big; an entry claiming more is not one Broadsheet wrote. */
    private static final long LARGEST_MEDIA_FILE = 512L * 1024 * 1024;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final MediaStore media;
    private final TwoStepSecrets secrets;
    private final IdPools idPools;
    private final SearchIndexService searchIndex;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final JobMetrics jobs;

    SiteRestore(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            MediaStore media,
            TwoStepSecrets secrets,
            IdPools idPools,
            SearchIndexService searchIndex,
            ApplicationEventPublisher events,
            AuditLog audit,
            JobMetrics jobs) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.media = media;
        this.secrets = secrets;
        this.idPools = idPools;
        this.searchIndex = searchIndex;
        this.events = events;
        this.audit = audit;
    }

    /**
     * Restores the archive at {@code file}.
     *
     * @throws DomainException.ValidationFailed when the file is not an export this version can
     *     restore, or this instance already holds a site; nothing is changed then
     */
    @PreAuthorize("hasRole('ADMIN')")
    public ArchiveManifest restore(Path file, ArchiveProgress progress) {
        return jobs.run(JobMetrics.RESTORE, progress, watched -> restoreWatched(file, watched));
    }

    private ArchiveManifest restoreWatched(Path file, ArchiveProgress progress) {
        try (ArchiveReader archive = new ArchiveReader(file)) {
            ArchiveManifest manifest = archive.manifest();
            List<TableShape> tables = checked(manifest);
            long steps = manifest.totalRows() + manifest.mediaFiles();
            AtomicLong done = new AtomicLong();
            Set<Long> written = new HashSet<>();
            try {
                copyMedia(archive, written, progress, done, steps);
                transactions.executeWithoutResult(status -> jdbc.execute((ConnectionCallback<Boolean>) connection -> {
                    load(connection, archive, tables, progress, done, steps);
                    return true;
                }));
            } catch (RuntimeException e) {
                written.forEach(media::deleteAll);
                throw e;
            }
            PlannerStatistics.refresh(jdbc);
            idPools.forgetAll();
            secrets.sealOpenSecrets();
            events.publishEvent(PublicContentChanged.everything());
            audit.record("site.restore", null, manifest.summary() + ", exported " + manifest.createdAt());
            searchIndex.rebuild();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be read", e);
        }
    }

    /** The tables to load, once the archive fits this instance and the instance is empty. */
    private List<TableShape> checked(ArchiveManifest manifest) {
        return Objects.requireNonNull(jdbc.execute((ConnectionCallback<List<TableShape>>) connection -> {
            String ours = SchemaVersion.of(connection);
            if (!ours.equals(manifest.schemaVersion())) {
                throw refused("This export was made by a Broadsheet whose database is at version "
                        + manifest.schemaVersion() + "; this one is at " + ours
                        + ". Restore it into the same version of Broadsheet, then upgrade.");
            }
            List<String> holding = new ArrayList<>();
            for (var table : new java.util.TreeMap<>(CONTENT).entrySet()) {
                long rows = DatabaseTables.rowCount(connection, table.getKey());
                if (rows > 0) {
                    holding.add(rows + " " + table.getValue());
                }
            }
            if (!holding.isEmpty()) {
                throw refused("This Broadsheet already holds a site (" + String.join(", ", holding)
                        + "). A restore goes into a new, empty Broadsheet only, so nothing here is overwritten.");
            }
            List<TableShape> tables = DatabaseTables.inLoadOrder(connection);
            Set<String> inArchive = manifest.tables().stream()
                    .map(ArchiveManifest.TableRows::name)
                    .collect(Collectors.toSet());
            Set<String> here = tables.stream().map(TableShape::name).collect(Collectors.toSet());
            if (!inArchive.equals(here)) {
                throw refused("This export's tables do not match this Broadsheet's: it is incomplete or was made"
                        + " by another version.");
            }
            return tables;
        }));
    }

    private void copyMedia(
            ArchiveReader archive, Set<Long> written, ArchiveProgress progress, AtomicLong done, long steps)
            throws IOException {
        for (ArchiveReader.MediaEntry file : archive.mediaFiles()) {
            progress.advance(done.incrementAndGet(), steps, "media files");
            try (InputStream in = archive.open(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, LARGEST_MEDIA_FILE + 1));
                if (bytes.length > LARGEST_MEDIA_FILE) {
                    throw refused("The export holds a media file too big to be a picture: "
                            + file.entry().getName());
                }
                written.add(file.mediaId());
                media.put(file.mediaId(), file.name(), bytes);
            }
        }
    }

    private void load(
            Connection connection,
            ArchiveReader archive,
            List<TableShape> tables,
            ArchiveProgress progress,
            AtomicLong done,
            long steps)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            // a new instance's first admin, settings, starter pages and login rule: the export's replace them
            for (TableShape table : tables.reversed()) {
                statement.executeUpdate("delete from " + table.name());
            }
        }
        TableLoader loader = new TableLoader(connection, archive);
        try {
            for (TableShape table : tables) {
                loader.load(table, () -> progress.advance(done.incrementAndGet(), steps, table.name()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be read", e);
        }
        restartSequences(connection, tables);
    }

    /** Each table's id sequence continues past the highest id restored (ids are taken 50 at a time). */
    private static void restartSequences(Connection connection, List<TableShape> tables) throws SQLException {
        Map<String, TableShape> byName = tables.stream().collect(Collectors.toMap(TableShape::name, table -> table));
        List<String> sequences = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select sequence_name from information_schema.sequences where sequence_schema = '"
                                + connection.getSchema() + "'")) {
            while (rs.next()) {
                sequences.add(rs.getString(1).toLowerCase(java.util.Locale.ROOT));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String sequence : sequences) {
                TableShape table = byName.get(sequence.replaceFirst("_seq$", ""));
                if (table == null || !table.columnNames().contains("id")) {
                    continue;
                }
                long highest;
                try (ResultSet rs = statement.executeQuery("select coalesce(max(id), 0) from " + table.name())) {
                    rs.next();
                    highest = rs.getLong(1);
                }
                if (highest > 0) {
                    statement.execute("alter sequence " + sequence + " restart with " + (highest + 100));
                }
            }
        }
    }

    private static DomainException.ValidationFailed refused(String why) {
        return new DomainException.ValidationFailed("file", why);
    }
}
