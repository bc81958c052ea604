package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.portability.service.ArchiveManifest;
import org.broadsheet.portability.service.ArchiveProgress;
import org.broadsheet.portability.service.SiteExport;
import org.broadsheet.portability.service.SiteRestore;
import org.broadsheet.search.service.SearchIndexService;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Export and restore at growing sizes: a demo site with N generated articles on H2 is exported,
 * then restored into an empty H2 and an empty PostgreSQL. Seconds, rows per second, file size and
 * peak heap for each; time per article against the smallest size (a flat ratio means it grows
 * with the site and no faster), and the heap should not grow at all. Run by
 * {@code bench/export-restore.sh}.
 *
 * <p>Arguments: sizes (default "10000,100000"), work directory.
 */
public final class ExportRestoreBench {

    private ExportRestoreBench() {}

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 0 ? args[0] : "10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        Path work = Path.of(args.length > 1 ? args[1] : "bench/out/export-restore");
        Files.createDirectories(work);
        System.out.printf(
                "%9s %-20s %9s %10s %9s %13s %12s %12s%n",
                "articles", "step", "seconds", "rows/s", "file_MB", "µs/article", "vs_first", "peak_heap_MB");
        double[] firstPerArticle = new double[3];
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            for (int size : sizes) {
                Path archive;
                try (ConfigurableApplicationContext site = start(work, size, null)) {
                    archive = measure(
                                    size,
                                    "export (H2)",
                                    0,
                                    firstPerArticle,
                                    null,
                                    () -> SystemActor.call(() -> site.getBean(SiteExport.class)
                                            .exportInto(work.resolve("exports-" + size), ArchiveProgress.NONE)))
                            .file();
                }
                try (ConfigurableApplicationContext empty = start(work, 0, null)) {
                    measure(size, "restore into H2", 1, firstPerArticle, archive, () -> restore(empty, archive));
                    searchIndexReady(size, empty);
                }
                String database = "restore_" + size;
                try (Connection c = postgres.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create database " + database);
                }
                try (ConfigurableApplicationContext empty = start(work, 0, postgres.getJdbcUrl("postgres", database))) {
                    measure(size, "restore into Postgres", 2, firstPerArticle, archive, () -> restore(empty, archive));
                    searchIndexReady(size, empty);
                }
                Files.deleteIfExists(archive);
            }
        }
    }

    /** The restore starts rebuilding the search index; a restored site is whole once it is done. */
    private static void searchIndexReady(int size, ConfigurableApplicationContext app) throws InterruptedException {
        long started = System.nanoTime();
        SearchIndexService index = app.getBean(SearchIndexService.class);
        while (SystemActor.call(index::status).rebuilding()) {
            Thread.sleep(100);
        }
        System.out.printf("%9d %-20s %9.1f%n", size, "  then search index", (System.nanoTime() - started) / 1e9);
    }

    private record Outcome(Path file, long rows) {}

    private static Outcome restore(ConfigurableApplicationContext app, Path archive) {
        ArchiveManifest restored =
                SystemActor.call(() -> app.getBean(SiteRestore.class).restore(archive, ArchiveProgress.NONE));
        return new Outcome(archive, restored.totalRows());
    }

    private static Outcome measure(
            int size, String step, int column, double[] firstPerArticle, Path archive, Supplier<Object> work)
            throws Exception {
        System.gc();
        BenchHeap.resetPeaks();
        long started = System.nanoTime();
        Object result = work.get();
        double seconds = (System.nanoTime() - started) / 1e9;
        Outcome outcome = result instanceof Outcome o ? o : new Outcome((Path) result, -1);
        Path file = archive != null ? archive : outcome.file();
        long rows = outcome.rows() >= 0 ? outcome.rows() : rowsIn(file);
        double perArticle = seconds * 1e6 / size;
        if (firstPerArticle[column] == 0) {
            firstPerArticle[column] = perArticle;
        }
        System.out.printf(
                "%9d %-20s %9.1f %10.0f %9d %13.1f %12.2f %12d%n",
                size,
                step,
                seconds,
                rows / seconds,
                Files.size(file) >> 20,
                perArticle,
                perArticle / firstPerArticle[column],
                BenchHeap.peak() >> 20);
        return outcome;
    }

    private static long rowsIn(Path archive) throws Exception {
        try (var reader = new org.broadsheet.portability.archive.ArchiveReader(archive)) {
            return reader.manifest().totalRows();
        }
    }

    /** A site on H2 (demo content plus {@code generate} articles), or an empty one on H2 or PostgreSQL. */
    private static ConfigurableApplicationContext start(Path work, int generate, String postgresUrl) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--broadsheet.data-dir=" + work.resolve("data-" + System.nanoTime()),
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                "--broadsheet.demo-pictures=false",
                "--broadsheet.search.rebuild-on-start=false"));
        if (generate > 0) {
            args.add("--broadsheet.generate.articles=" + generate);
            args.add("--broadsheet.generate.exit=false");
        } else {
            args.add("--broadsheet.demo-content=false");
        }
        if (postgresUrl != null) {
            args.add("--spring.datasource.url=" + postgresUrl);
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.datasource.password=postgres");
        }
        return SpringApplication.run(Application.class, args.toArray(String[]::new));
    }
}
