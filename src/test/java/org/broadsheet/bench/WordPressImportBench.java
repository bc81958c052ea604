package org.broadsheet.bench;

import java.io.BufferedWriter;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.portability.service.ImportProgress;
import org.broadsheet.portability.service.ImportReport;
import org.broadsheet.portability.service.WordPressImport;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The WordPress import's throughput: a generated export of N posts (written here, as a stream),
 * imported into an empty H2 site, then imported again (every post updated); and the Theme Unit
 * Test export's wall time when the shared fixtures are present. Posts per second and peak heap.
 * Run by {@code bench/wordpress-import.sh}.
 *
 * <p>Arguments: posts (default 10 000), work directory.
 */
public final class WordPressImportBench {

    private static final Path THEME_UNIT_TEST = Path.of("../shared/fixtures/wordpress/themeunittestdata.wordpress.xml");
    private static final DateTimeFormatter WP_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private WordPressImportBench() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("big")) {
            bigFile(Path.of(args.length > 1 ? args[1] : "bench/out/wordpress-import"));
            return;
        }
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        Path work = Path.of(args.length > 1 ? args[1] : "bench/out/wordpress-import");
        Files.createDirectories(work);
        Path export = work.resolve("generated-" + posts + ".xml");
        write(export, posts);
        System.out.printf("generated export: %d posts, %d MB%n", posts, Files.size(export) >> 20);

        try (ConfigurableApplicationContext app = emptySite(work)) {
            WordPressImport importer = app.getBean(WordPressImport.class);
            System.out.printf("%-28s %10s %10s %10s %14s%n", "run", "seconds", "posts", "posts/s", "peak_heap_MB");
            run(importer, "first import", export, posts);
            run(importer, "same file again (updates)", export, posts);
            if (Files.isReadable(THEME_UNIT_TEST)) {
                run(importer, "Theme Unit Test export", THEME_UNIT_TEST, 58);
            }
        }
    }

    /** An empty site on H2 to import into. */
    private static ConfigurableApplicationContext emptySite(Path work) {
        return SpringApplication.run(
                Application.class,
                "--server.port=0",
                "--management.server.port=0",
                "--broadsheet.data-dir=" + work.resolve("data-" + System.nanoTime()),
                "--broadsheet.demo-content=false",
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                "--logging.level.root=WARN");
    }

    /** A 500 MB export read as a dry run: the whole file passes through in bounded memory. */
    private static void bigFile(Path work) throws Exception {
        Files.createDirectories(work);
        Path export = work.resolve("generated-big.xml");
        int posts = 480_000;
        write(export, posts);
        System.out.printf("generated export: %d posts, %d MB%n", posts, Files.size(export) >> 20);
        try (ConfigurableApplicationContext app = emptySite(work)) {
            BenchHeap.resetPeaks();
            long started = System.nanoTime();
            ImportReport report;
            try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(export))) {
                report = SystemActor.call(
                        () -> app.getBean(WordPressImport.class).run(in, true, ImportProgress.NONE));
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "dry run of %d MB: %.1f s, %.0f MB/s, %d posts to import, peak heap %d MB%n",
                    Files.size(export) >> 20,
                    seconds,
                    (Files.size(export) >> 20) / seconds,
                    report.count("articles to import", 0),
                    BenchHeap.peak() >> 20);
        }
        Files.delete(export);
    }

    private static void run(WordPressImport importer, String label, Path file, int posts) throws Exception {
        BenchHeap.resetPeaks();
        long started = System.nanoTime();
        ImportReport report;
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(file))) {
            report = SystemActor.call(() -> importer.run(in, false, ImportProgress.NONE));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "%-28s %10.1f %10d %10.0f %14d%n", label, seconds, posts, posts / seconds, BenchHeap.peak() >> 20);
        if (!report.failures().isEmpty()) {
            System.out.println("  failures: " + report.failures().size() + ", first: "
                    + report.failures().getFirst());
        }
    }

    /** A plausible site: nested categories, a few authors, tags, classic posts with a caption and an embed. */
    private static void write(Path file, int posts) throws Exception {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/"
                     xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
                    <channel><title>Bench site</title><link>https://bench.example.org</link>
                    <wp:wxr_version>1.2</wp:wxr_version>
                    """);
            for (int a = 0; a < 5; a++) {
                out.write("<wp:author><wp:author_login>writer" + a + "</wp:author_login>"
                        + "<wp:author_display_name>Writer Number " + a + "</wp:author_display_name></wp:author>\n");
            }
            for (int c = 0; c < 20; c++) {
                String parent = c < 5 ? "" : "region-" + (c % 5);
                out.write("<wp:category><wp:term_id>" + (c + 1) + "</wp:term_id><wp:category_nicename>region-" + c
                        + "</wp:category_nicename><wp:category_parent>" + parent
                        + "</wp:category_parent><wp:cat_name>Region "
                        + c + "</wp:cat_name></wp:category>\n");
            }
            LocalDateTime start = LocalDateTime.of(2012, 1, 1, 8, 0);
            for (int p = 1; p <= posts; p++) {
                LocalDateTime date = start.plusHours(p * 7L);
                out.write("<item><title>Bench post number " + p + " about the river</title>"
                        + "<link>https://bench.example.org/" + date.getYear() + "/" + date.getMonthValue()
                        + "/bench-post-" + p
                        + "/</link><dc:creator>writer" + (p % 5) + "</dc:creator>"
                        + "<content:encoded><![CDATA[" + body(p) + "]]></content:encoded>"
                        + "<excerpt:encoded><![CDATA[What happened at the river, part " + p + ".]]></excerpt:encoded>"
                        + "<wp:post_id>" + (1000 + p) + "</wp:post_id><wp:post_date_gmt>" + WP_DATE.format(date)
                        + "</wp:post_date_gmt><wp:post_name>bench-post-" + p + "</wp:post_name>"
                        + "<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>"
                        + "<category domain=\"category\" nicename=\"region-" + (p % 20) + "\">Region</category>"
                        + "<category domain=\"post_tag\" nicename=\"topic-" + (p % 50) + "\">Topic " + (p % 50)
                        + "</category></item>\n");
            }
            out.write("</channel></rss>\n");
        }
    }

    private static String body(int p) {
        return "The water came up overnight in district " + p + ", and by morning the road was gone.\n\n"
                + "Residents said the warnings came late. <strong>Nobody was hurt.</strong>\nThe council met at noon.\n\n"
                + "[caption id=\"attachment_" + p
                + "\" align=\"alignnone\" width=\"640\"]<img src=\"https://bench.example.org/"
                + "wp-content/uploads/river-" + p
                + ".jpg\" alt=\"The river\" width=\"640\"> The river at dawn[/caption]\n\n"
                + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n\n"
                + "Repairs are expected to take " + (p % 9 + 1) + " weeks, the engineers said.";
    }
}
