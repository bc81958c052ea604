package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.broadsheet.Application;
import org.broadsheet.base.DeskContentChanged;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.ArticleStatus;
import org.broadsheet.content.service.ArticleService;
import org.broadsheet.content.service.DeskFilter;
import org.broadsheet.people.service.AuthorService;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.taxonomy.service.TagService;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The desk at scale: N generated articles in the embedded PostgreSQL, then the time the articles
 * grid needs for a page of 50 rows with its count (sorted by last change and by title, at the
 * start and 90 000 rows in; and under each filter), and the heap each open desk tab with the
 * articles grid keeps on the server. Run by {@code bench/desk-bench.sh}.
 */
public final class DeskBench {

    private static final int PAGE = 50;
    private static final int WARM_UP = 20;
    private static final String PASSWORD = "bench-passphrase-for-broadsheet";

    private DeskBench() {}

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int tabs = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            ConfigurableApplicationContext app = SpringApplication.run(
                    Application.class,
                    "--server.port=0",
                    "--management.server.port=0",
                    "--spring.main.banner-mode=off",
                    "--logging.level.root=WARN",
                    "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                    "--spring.datasource.username=postgres",
                    "--spring.datasource.password=postgres",
                    "--broadsheet.admin-password=" + PASSWORD,
                    "--broadsheet.generate.articles=" + articles,
                    "--broadsheet.generate.exit=false",
                    "--broadsheet.search.rebuild-on-start=false",
                    "--broadsheet.schedule-interval=PT1H",
                    "--broadsheet.data-dir=bench/out/desk-data",
                    // as the packaged application runs: the test classpath holds vaadin-dev, whose
                    // development mode keeps far more per open tab
                    "--vaadin.productionMode=true");
            try {
                System.out.printf(
                        "Desk bench: %d articles in the database, %d runs per row%n",
                        SystemActor.call(app.getBean(ArticleService.class)::countAll), runs);
                org.springframework.jdbc.core.JdbcTemplate jdbc =
                        app.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
                // a trash as a working desk has one: one article in a hundred
                jdbc.update("update article set deleted_at = current_timestamp where id % 100 = 7");
                // what autovacuum does to a table in production after a bulk load: statistics and
                // the visibility map that lets counts and deep pages read the indexes alone
                jdbc.execute("vacuum analyze");
                gridPages(app, runs);
                if (System.getenv("EXPLAIN") != null) {
                    explain(jdbc, System.getenv("EXPLAIN"));
                }
                if (tabs > 0) {
                    heapPerTab(app, tabs);
                }
            } finally {
                app.close();
            }
        }
    }

    private static void gridPages(ConfigurableApplicationContext app, int runs) {
        ArticleService articles = app.getBean(ArticleService.class);
        long total = SystemActor.call(() -> articles.deskCount(DeskFilter.NONE));
        int deepPage = (int) Math.min(90_000 / PAGE, Math.max(0, total / PAGE - 1));
        Map<String, Supplier<Object>> cases = new LinkedHashMap<>();
        cases.put(
                "by updated, offset 0", page(articles, DeskFilter.NONE, 0, Sort.by(Sort.Direction.DESC, "updatedAt")));
        cases.put(
                "by updated, offset " + deepPage * PAGE,
                page(articles, DeskFilter.NONE, deepPage, Sort.by(Sort.Direction.DESC, "updatedAt")));
        int middlePage = (int) (total / 2 / PAGE);
        cases.put(
                "by updated, offset " + middlePage * PAGE,
                page(articles, DeskFilter.NONE, middlePage, Sort.by(Sort.Direction.DESC, "updatedAt")));
        cases.put("by title, offset 0", page(articles, DeskFilter.NONE, 0, Sort.by("title")));
        cases.put(
                "by title, offset " + middlePage * PAGE, page(articles, DeskFilter.NONE, middlePage, Sort.by("title")));
        cases.put("by title, offset " + deepPage * PAGE, page(articles, DeskFilter.NONE, deepPage, Sort.by("title")));
        cases.put(
                "by title desc, offset " + deepPage * PAGE,
                page(articles, DeskFilter.NONE, deepPage, Sort.by(Sort.Direction.DESC, "title")));
        cases.put(
                "by published, offset 0",
                page(articles, DeskFilter.NONE, 0, Sort.by(Sort.Direction.DESC, "publishedAt")));
        cases.put(
                "by published, offset " + deepPage * PAGE,
                page(articles, DeskFilter.NONE, deepPage, Sort.by(Sort.Direction.DESC, "publishedAt")));
        cases.put("by status, offset 0", page(articles, DeskFilter.NONE, 0, Sort.by("status")));
        cases.put("by status, offset " + deepPage * PAGE, page(articles, DeskFilter.NONE, deepPage, Sort.by("status")));
        long americas = app.getBean(SectionService.class)
                .tree()
                .byPath("americas")
                .orElseThrow()
                .id();
        long author = SystemActor.call(
                () -> app.getBean(AuthorService.class).all().getFirst().id());
        long tag = SystemActor.call(() -> app.getBean(TagService.class)
                .list("", PageRequest.of(0, 1))
                .getContent()
                .getFirst()
                .id());
        Sort updated = Sort.by(Sort.Direction.DESC, "updatedAt");
        cases.put(
                "status = published",
                page(articles, new DeskFilter(ArticleStatus.PUBLISHED, null, null, null), 0, updated));
        cases.put(
                "status = in review",
                page(articles, new DeskFilter(ArticleStatus.IN_REVIEW, null, null, null), 0, updated));
        cases.put(
                "section = Americas (+ below)", page(articles, new DeskFilter(null, americas, null, null), 0, updated));
        cases.put("author", page(articles, new DeskFilter(null, null, author, null), 0, updated));
        cases.put("tag", page(articles, new DeskFilter(null, null, null, tag), 0, updated));
        cases.put(
                "author, published",
                page(articles, new DeskFilter(ArticleStatus.PUBLISHED, null, author, null), 0, updated));
        cases.put("count alone, no filter", () -> articles.deskCount(DeskFilter.NONE));
        ApplicationEventPublisher events = app;
        Map<String, DeskFilter> recounted = new LinkedHashMap<>();
        recounted.put("no filter", DeskFilter.NONE);
        recounted.put("published", new DeskFilter(ArticleStatus.PUBLISHED, null, null, null));
        recounted.put("Americas", new DeskFilter(null, americas, null, null));
        recounted.put("author", new DeskFilter(null, null, author, null));
        recounted.put("tag", new DeskFilter(null, null, null, tag));
        recounted.put("author, published", new DeskFilter(ArticleStatus.PUBLISHED, null, author, null));
        recounted.put("tag, published", new DeskFilter(ArticleStatus.PUBLISHED, null, null, tag));
        recounted.put("author in Americas", new DeskFilter(null, americas, author, null));
        recounted.forEach((name, filter) -> cases.put("count after a change, " + name, () -> {
            events.publishEvent(new DeskContentChanged());
            return articles.deskCount(filter);
        }));
        cases.put(
                "page alone, by updated, offset 0",
                () -> articles.deskList(DeskFilter.NONE, PageRequest.of(0, PAGE, updated))
                        .getNumberOfElements());
        System.out.printf(
                "%nArticles grid: a page of %d rows plus the count (kept until an article changes), ms%n", PAGE);
        System.out.printf("%-40s %8s %8s %8s %9s%n", "query", "p50", "p95", "p99", "rows");
        for (Map.Entry<String, Supplier<Object>> c : cases.entrySet()) {
            Object rows = SystemActor.call(c.getValue());
            double[] ms = SystemActor.call(() -> Latency.measure(WARM_UP, runs, i -> {
                Object unused = c.getValue().get();
            }));
            System.out.printf("%-40s %8.1f %8.1f %8.1f %9s%n", c.getKey(), ms[0], ms[1], ms[2], rows);
        }
    }

    /** Prints the database's plan for a query (EXPLAIN=the SQL): for finding where a filter's time goes. */
    private static void explain(org.springframework.jdbc.core.JdbcTemplate jdbc, String sql) {
        System.out.println();
        jdbc.queryForList("explain (analyze, buffers) " + sql, String.class).forEach(System.out::println);
    }

    /** A grid refresh: the page and the count, as the grid's data provider asks for them. */
    private static Supplier<Object> page(ArticleService articles, DeskFilter filter, int page, Sort sort) {
        return () -> {
            int shown =
                    articles.deskList(filter, PageRequest.of(page, PAGE, sort)).getNumberOfElements();
            return shown + "/" + articles.deskCount(filter);
        };
    }

    /**
     * Opens tabs on the articles grid in one logged-in browser and compares the heap after a full
     * collection with the heap before: what each open desk tab costs the server.
     */
    private static void heapPerTab(ConfigurableApplicationContext app, int tabs) throws InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        BenchBrowser session = BenchBrowser.loggedIn(port, PASSWORD);
        WebDriver browser = session.driver();
        try {
            WebDriverWait wait = session.waiting();
            String grid = "http://localhost:" + port + "/desk/articles";
            openGrid(browser, wait, grid); // the first tab loads classes and caches: not counted
            long before = usedHeapAfterGc();
            List<String> handles = new ArrayList<>();
            for (int i = 0; i < tabs; i++) {
                ((JavascriptExecutor) browser).executeScript("window.open('about:blank', '_blank')");
                List<String> all = new ArrayList<>(browser.getWindowHandles());
                all.removeAll(handles);
                all.remove(browser.getWindowHandle());
                String tab = all.getLast();
                handles.add(tab);
                browser.switchTo().window(tab);
                openGrid(browser, wait, grid);
            }
            long after = usedHeapAfterGc();
            System.out.printf(
                    "%nHeap retained per open desk tab with the articles grid: %.0f KB (%d tabs, %.1f MiB in all)%n",
                    (after - before) / 1024.0 / tabs, tabs, (after - before) / 1024.0 / 1024.0);
        } finally {
            browser.quit();
        }
    }

    private static void openGrid(WebDriver browser, WebDriverWait wait, String url) {
        browser.get(url);
        wait.until(d ->
                !d.findElements(By.cssSelector("vaadin-grid-cell-content a")).isEmpty());
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
