package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.search.service.SearchIndexService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.SectionSummary;
import org.broadsheet.taxonomy.service.SectionTree;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What one render costs as the archive grows: the same application with the page cache off,
 * one request at a time over one connection, for article, section, home, author and tag pages
 * at each archive size (the articles are added between sizes, the search index rebuilt). A
 * render's cost must not depend on the archive's size, so the last column is each p95 over the
 * p95 at the first size. Run by {@code bench/render-latency.sh}.
 */
public final class RenderLatencyBench {

    private static final int WARM_UP = 3_000;
    private static final int URLS_PER_KIND = 200;

    private RenderLatencyBench() {}

    public static void main(String[] args) throws Exception {
        List<String> databases = List.of((args.length > 0 ? args[0] : "h2,postgres").split(","));
        List<Integer> sizes = new ArrayList<>();
        for (String size : (args.length > 1 ? args[1] : "1000,10000,100000").split(",")) {
            sizes.add(Integer.parseInt(size.strip()));
        }
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Path work = Path.of("bench/out/render").toAbsolutePath();
        System.out.printf(
                "page cache off, one connection, %d requests per page kind after %d warm-up requests%n", runs, WARM_UP);
        System.out.printf(
                "%-9s %8s %-8s %7s %8s %8s %8s %13s%n",
                "database", "articles", "page", "urls", "p50_ms", "p95_ms", "p99_ms", "p95/first");
        for (String database : databases) {
            Path data = work.resolve(database);
            BenchFiles.deleteRecursively(data);
            try (EmbeddedPostgres postgres =
                    database.equals("postgres") ? postgres().start() : null) {
                Map<String, Double> firstP95 = new LinkedHashMap<>();
                int have = 0;
                for (int size : sizes) {
                    ConfigurableApplicationContext app = start(data, postgres, size - have);
                    have = size;
                    try {
                        rebuildIndex(app);
                        measure(app, database, size, runs, firstP95);
                    } finally {
                        app.close();
                    }
                }
            }
        }
    }

    /**
     * With {@code -Dbench.statement-log=DIR} (a directory the server's user may write to) the server
     * logs every statement with the time it took to plan ({@code bind}) and to run ({@code execute}).
     */
    private static EmbeddedPostgres.Builder postgres() {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        String statementLog = System.getProperty("bench.statement-log");
        if (statementLog != null) {
            builder.setServerConfig("logging_collector", "on");
            builder.setServerConfig("log_directory", statementLog);
            builder.setServerConfig("log_min_duration_statement", "0");
            // the server's process id, no spaces: the embedded server passes these on a command line
            builder.setServerConfig("log_line_prefix", "%p|");
        }
        return builder;
    }

    private static ConfigurableApplicationContext start(Path data, @Nullable EmbeddedPostgres postgres, int generate) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--broadsheet.data-dir=" + data,
                "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
                "--broadsheet.page-cache-size=0",
                "--broadsheet.generate.articles=" + generate,
                "--broadsheet.generate.exit=false",
                "--broadsheet.search.rebuild-on-start=false"));
        if (postgres != null) {
            args.add("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"));
            args.add("--spring.datasource.username=postgres");
            args.add("--spring.datasource.password=postgres");
        }
        return SpringApplication.run(Application.class, args.toArray(String[]::new));
    }

    private static void rebuildIndex(ConfigurableApplicationContext app) throws InterruptedException {
        SearchIndexService index = app.getBean(SearchIndexService.class);
        SystemActor.run(index::rebuild);
        while (SystemActor.call(index::status).rebuilding()) {
            Thread.sleep(200);
        }
    }

    private static void measure(
            ConfigurableApplicationContext app, String database, int size, int runs, Map<String, Double> firstP95)
            throws Exception {
        Map<String, List<String>> pages = pages(app);
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Runnable::run)
                .build();
        List<String> everyPage = pages.values().stream().flatMap(List::stream).toList();
        for (int i = 0; i < WARM_UP; i++) {
            get(http, port, everyPage.get(i % everyPage.size()));
        }
        for (var kind : pages.entrySet()) {
            List<String> urls = kind.getValue();
            double[] p = Latency.measure(0, runs, i -> get(http, port, urls.get(i % urls.size())));
            double first = firstP95.computeIfAbsent(kind.getKey(), k -> p[1]);
            System.out.printf(
                    "%-9s %8d %-8s %7d %8.2f %8.2f %8.2f %13.2f%n",
                    database, size, kind.getKey(), urls.size(), p[0], p[1], p[2], p[1] / first);
        }
    }

    /** The pages of each kind to request: published articles from all over the archive, every listing. */
    private static Map<String, List<String>> pages(ConfigurableApplicationContext app) {
        JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
        SectionTree tree =
                SystemActor.call(() -> app.getBean(SectionService.class).tree());
        List<String> articles = new ArrayList<>();
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select section_id, slug from article
                where status = 'PUBLISHED' and deleted_at is null order by id""");
        int step = Math.max(1, rows.size() / URLS_PER_KIND);
        for (int i = 0; i < rows.size(); i += step) {
            Map<String, Object> row = rows.get(i);
            tree.byId(((Number) row.get("section_id")).longValue())
                    .ifPresent(section -> articles.add(section.url() + "/" + row.get("slug")));
        }
        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("article", articles);
        pages.put("section", tree.flattened().stream().map(SectionSummary::url).toList());
        pages.put("home", List.of("/"));
        pages.put("author", jdbc.queryForList("select '/author/' || slug from author", String.class));
        pages.put("tag", jdbc.queryForList("select '/tag/' || slug from tag", String.class));
        return pages;
    }

    private static void get(HttpClient http, int port, String path) {
        try {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .header("Accept-Encoding", "gzip")
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
