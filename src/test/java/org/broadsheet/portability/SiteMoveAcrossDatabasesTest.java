package org.broadsheet.portability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.portability.service.ArchiveProgress;
import org.broadsheet.portability.service.SiteExport;
import org.broadsheet.portability.service.SiteRestore;
import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The way a site moves from the embedded database to PostgreSQL: the demo site (with its pictures)
 * on H2 is exported, restored into an empty Broadsheet on PostgreSQL, and every public page, feed,
 * sitemap and picture of the two is compared byte for byte, and every row of content and revision.
 */
class SiteMoveAcrossDatabasesTest {

    private static final String SITE_URL = "https://news.example.org";
    private static final int MOST_PAGES = 3000;

    @TempDir
    static Path files;

    private static ConfigurableApplicationContext h2;
    private static ConfigurableApplicationContext postgres;
    private static Path archive;

    @BeforeAll
    static void moveTheDemoSite() {
        h2 = start(
                "--broadsheet.data-dir=" + files.resolve("h2"),
                "--broadsheet.demo-content=true",
                "--broadsheet.demo-pictures=true");
        archive = SystemActor.call(
                () -> h2.getBean(SiteExport.class).exportInto(files.resolve("exports"), ArchiveProgress.NONE));
        postgres = start(
                "--broadsheet.data-dir=" + files.resolve("pg"),
                "--broadsheet.demo-content=false",
                "--spring.datasource.url=" + EmbeddedPostgresDatabase.jdbcUrl("moved_site"),
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres");
        SystemActor.run(() -> postgres.getBean(SiteRestore.class).restore(archive, ArchiveProgress.NONE));
    }

    @AfterAll
    static void stop() {
        for (var context : new ConfigurableApplicationContext[] {postgres, h2}) {
            if (context != null) {
                context.close();
            }
        }
    }

    @Test
    void theRestoredTablesAreAnalyzedForThePlanner() {
        JdbcTemplate jdbc = postgres.getBean(JdbcTemplate.class);
        assertThat(jdbc.queryForList(
                        "select relname from pg_stat_user_tables where last_analyze is not null", String.class))
                .contains("article", "article_tag", "article_author", "section");
    }

    @Test
    void everyPublicPageFeedAndPictureIsTheSameByteForByte() throws Exception {
        Set<String> visited = new LinkedHashSet<>();
        Deque<String> next = new ArrayDeque<>(List.of("/", "/sitemap.xml", "/feed.xml", "/robots.txt"));
        List<String> different = new ArrayList<>();
        int pictures = 0;
        while (!next.isEmpty() && visited.size() < MOST_PAGES) {
            String path = next.poll();
            if (!visited.add(path)) {
                continue;
            }
            HttpResponse<byte[]> before = get(h2, path);
            HttpResponse<byte[]> after = get(postgres, path);
            if (before.statusCode() != after.statusCode() || !java.util.Arrays.equals(before.body(), after.body())) {
                different.add(path + " (" + before.statusCode() + " → " + after.statusCode() + ")");
            }
            if (path.startsWith("/media/")) {
                pictures++;
            }
            if (before.statusCode() == 200) {
                next.addAll(linksIn(path, before));
            }
        }
        assertThat(different).as("pages that differ after the move").isEmpty();
        assertThat(visited).as("pages compared").hasSizeGreaterThan(100);
        assertThat(pictures).as("picture files compared").isGreaterThan(3);
    }

    @Test
    void everyRowOfContentAndEveryRevisionCameAcross() {
        for (String table : List.of(
                "section",
                "tag",
                "author",
                "article",
                "article_tag",
                "article_author",
                "revision",
                "redirect",
                "static_page",
                "media_item",
                "site_settings",
                "user_role")) {
            assertThat(rows(postgres, table)).as(table).isEqualTo(rows(h2, table));
        }
        assertThat(rows(postgres, "revision")).isNotEmpty();
    }

    @Test
    void theAccountsCameAcrossAndNewRowsTakeFreshIds() {
        JdbcTemplate after = postgres.getBean(JdbcTemplate.class);
        assertThat(after.queryForList("select username, password_hash from user_account order by id"))
                .isEqualTo(h2.getBean(JdbcTemplate.class)
                        .queryForList("select username, password_hash from user_account order by id"));
        // the restore itself was audited: a row written by Hibernate after the restore, whose id
        // must not collide with a restored one
        assertThat(after.queryForObject("select count(*) from audit_event where action = 'site.restore'", Long.class))
                .isEqualTo(1);
    }

    private static ConfigurableApplicationContext start(String... arguments) {
        List<String> all = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--broadsheet.site-url=" + SITE_URL,
                "--broadsheet.schedule-interval=PT24H",
                "--spring.main.banner-mode=off"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(Application.class).run(all.toArray(String[]::new));
    }

    private static HttpResponse<byte[]> get(ConfigurableApplicationContext app, String path)
            throws IOException, InterruptedException {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The site's own addresses a page links to: anchors, feeds, pictures, sitemap entries. */
    private static List<String> linksIn(String path, HttpResponse<byte[]> response) {
        String type = response.headers().firstValue("content-type").orElse("");
        if (!type.contains("html") && !type.contains("xml")) {
            return List.of();
        }
        Document page = Jsoup.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), SITE_URL);
        List<String> links = new ArrayList<>();
        for (Element e : page.select("a[href], link[href], loc, img[src], source[srcset], img[srcset]")) {
            List<String> candidates = new ArrayList<>();
            if (e.tagName().equals("loc")) {
                candidates.add(e.text());
            } else if (e.hasAttr("srcset")) {
                for (String part : e.attr("srcset").split(",")) {
                    candidates.add(part.strip().split(" ")[0]);
                }
            }
            if (e.hasAttr("href")) {
                candidates.add(e.attr("href"));
            }
            if (e.hasAttr("src")) {
                candidates.add(e.attr("src"));
            }
            for (String candidate : candidates) {
                String local = candidate.startsWith(SITE_URL) ? candidate.substring(SITE_URL.length()) : candidate;
                if (local.startsWith("/")
                        && !local.startsWith("//")
                        && !local.startsWith("/desk")
                        && !local.startsWith("/search")
                        && !local.startsWith("/VAADIN")) {
                    links.add(local.replaceFirst("#.*$", ""));
                }
            }
        }
        return links;
    }

    /** A table's rows in key order, instants compared as instants (the databases print them differently). */
    private static List<Map<String, Object>> rows(ConfigurableApplicationContext app, String table) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> row :
                app.getBean(JdbcTemplate.class).queryForList("select * from " + table + " order by 1, 2")) {
            Map<String, Object> normalised = new LinkedHashMap<>();
            row.forEach((column, value) -> normalised.put(column.toLowerCase(java.util.Locale.ROOT), normal(value)));
            rows.add(normalised);
        }
        return rows;
    }

    private static Object normal(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t.toInstant().truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().truncatedTo(ChronoUnit.MICROS);
        }
        if (value instanceof Number n && !(value instanceof Double)) {
            return n.longValue();
        }
        return value == null ? "null" : value;
    }
}
