package org.broadsheet.portability.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.broadsheet.media.service.MediaStore;
import org.broadsheet.people.service.AuditLog;
import org.broadsheet.people.service.TwoStepSecrets;
import org.broadsheet.portability.archive.ArchiveWriter;
import org.broadsheet.portability.archive.DatabaseTables;
import org.broadsheet.portability.archive.SchemaVersion;
import org.broadsheet.portability.archive.StreamingReads;
import org.broadsheet.portability.archive.TableShape;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Everything of the site in one zip: every table's rows as JSON Lines (accounts with their
 * password hashes and two-step secrets included), then every media file, then a manifest. Read in
 * one repeatable-read transaction, so the archive is one moment of the site even while the
 * newsroom works; rows stream from the database to the file, so memory stays flat however big the
 * site is.
 */
@Service
public class SiteExport {

    /** Every export file's name starts so, then the time it was made (UTC), so names sort by age. */
    static final String FILE_PREFIX = "broadsheet-export-";

    private static final int FETCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate snapshot;
    private final MediaStore media;
    private final TwoStepSecrets secrets;
    private final AuditLog audit;
    private final Clock clock;
    private final JobMetrics jobs;

    SiteExport(
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            MediaStore media,
            TwoStepSecrets secrets,
            AuditLog audit,
            Clock clock,
            JobMetrics jobs) {
        this.jobs = jobs;
        this.jdbc = jdbc;
        this.snapshot = Snapshot.of(transactions);
        this.media = media;
        this.secrets = secrets;
        this.audit = audit;
        this.clock = clock;
    }

    /** Writes the archive to {@code out}, which it leaves open. */
    @PreAuthorize("hasRole('ADMIN')")
    public ArchiveManifest export(OutputStream out, ArchiveProgress progress) {
        return jobs.run(JobMetrics.EXPORT, progress, watched -> exportWatched(out, watched));
    }

    private ArchiveManifest exportWatched(OutputStream out, ArchiveProgress progress) {
        ArchiveManifest manifest = Objects.requireNonNull(snapshot.execute(status ->
                jdbc.execute((ConnectionCallback<ArchiveManifest>) connection -> write(connection, out, progress))));
        audit.record("site.export", null, manifest.summary());
        return manifest;
    }

    /**
     * Writes {@code broadsheet-export-TIME.zip} into {@code directory}; the file appears whole or
     * not at all.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Path exportInto(Path directory, ArchiveProgress progress) {
        return ExportFile.write(directory, FILE_PREFIX, clock.instant(), "zip", out -> export(out, progress));
    }

    private ArchiveManifest write(Connection connection, OutputStream out, ArchiveProgress progress)
            throws SQLException {
        List<TableShape> tables = DatabaseTables.inLoadOrder(connection);
        long total = 0;
        for (TableShape table : tables) {
            total += DatabaseTables.rowCount(connection, table.name());
        }
        long mediaItems = DatabaseTables.rowCount(connection, "media_item");
        long steps = total + mediaItems;
        AtomicLong done = new AtomicLong();
        List<ArchiveManifest.TableRows> written = new ArrayList<>();
        try (StreamingReads streaming = StreamingReads.on(connection);
                ArchiveWriter archive = new ArchiveWriter(out)) {
            for (TableShape table : tables) {
                try (PreparedStatement select = connection.prepareStatement(selectAll(table));
                        ResultSet rows = forward(select).executeQuery()) {
                    long n = archive.table(
                            table,
                            rows,
                            transformsOf(table),
                            () -> progress.advance(done.incrementAndGet(), steps, table.name()));
                    written.add(new ArchiveManifest.TableRows(table.name(), n));
                }
            }
            long files = writeMedia(connection, archive, progress, done, steps);
            ArchiveManifest manifest = new ArchiveManifest(
                    ArchiveManifest.FORMAT,
                    ArchiveManifest.FORMAT_VERSION,
                    SchemaVersion.of(connection),
                    clock.instant().toString(),
                    written,
                    files);
            archive.manifest(manifest);
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("The export could not be written", e);
        }
    }

    private long writeMedia(
            Connection connection, ArchiveWriter archive, ArchiveProgress progress, AtomicLong done, long steps)
            throws SQLException, IOException {
        long files = 0;
        try (PreparedStatement select = connection.prepareStatement("select id from media_item order by id");
                ResultSet ids = forward(select).executeQuery()) {
            while (ids.next()) {
                long id = ids.getLong(1);
                for (String name : media.names(id)) {
                    Resource file = media.open(id, name).orElse(null);
                    if (file == null) {
                        continue;
                    }
                    try (InputStream in = file.getInputStream()) {
                        archive.mediaFile(id, name, in);
                    }
                    files++;
                }
                progress.advance(done.incrementAndGet(), steps, "media files");
            }
        }
        return files;
    }

    /** Two-step secrets leave open: the key that sealed them stays here (see {@link TwoStepSecrets}). */
    private Map<String, UnaryOperator<String>> transformsOf(TableShape table) {
        return table.name().equals("user_account") ? Map.of("totp_secret", secrets::opened) : Map.of();
    }

    private static PreparedStatement forward(PreparedStatement select) throws SQLException {
        select.setFetchSize(FETCH_SIZE);
        return select;
    }

    private static String selectAll(TableShape table) {
        String order = table.primaryKey().isEmpty()
                ? String.join(", ", table.columnNames())
                : String.join(", ", table.primaryKey());
        return "select " + String.join(", ", table.columnNames()) + " from " + table.name() + " order by " + order;
    }
}
