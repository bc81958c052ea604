package org.broadsheet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.broadsheet.Application;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.ArticleTrash;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.desk.live.DeskActivity;
import org.broadsheet.desk.live.EditingPresence;
import org.broadsheet.media.service.MediaDetails;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.taxonomy.service.SectionService;
import org.broadsheet.testsupport.Drafts;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes on one database (and one data directory, as a shared volume): a change made on one is
 * dropped from the other's page cache and kept values (section tree, pictures and their file names) within a
 * second, through the change feed, with no restart and no cache expiry; the desks of one see who
 * edits what on the other, and refresh their lists when an article changes there.
 */
class TwoNodesTest {

    private static final long WITHIN_MILLIS = 1000;

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;

    @BeforeAll
    static void startTwoNodes() {
        String database = "jdbc:h2:mem:two-nodes-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        // one data directory, as a shared volume would be: the secrets key and the pictures' files
        String dataDir = "target/test-data/two-nodes-" + UUID.randomUUID();
        // the node started last installs its security context holder for the JVM: changes are made on a
        b = start(database, dataDir);
        a = start(database, dataDir);
    }

    @AfterAll
    static void stop() {
        for (var node : new ConfigurableApplicationContext[] {b, a}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void aSectionMadeOnOneNodeIsInTheOtherNodesMenuWithinASecond() throws Exception {
        assertThat(get(b, "/")).doesNotContain("Harbour Desk");
        assertThat(get(b, "/")).as("cached on b").doesNotContain("Harbour Desk");

        SystemActor.run(() -> a.getBean(SectionService.class).create("Harbour Desk", "harbour-desk", null, null));

        long took = waitUntil("not shown yet", () -> get(b, "/").contains("Harbour Desk"), WITHIN_MILLIS);
        System.out.printf("node b showed node a's new section after %d ms%n", took);
        assertThat(b.getBean(SectionService.class).tree().byPath("harbour-desk"))
                .isPresent();
    }

    @Test
    void anArticleBinnedOnOneNodeLeavesTheOtherNodesCacheWithinASecond() throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        var article = jdbc.queryForMap(
                "select a.id, s.path, a.slug from article a join section s on s.id = a.section_id"
                        + " where a.status = 'PUBLISHED' and a.deleted_at is null order by a.id fetch first 1 rows only");
        String path = "/" + article.get("path") + "/" + article.get("slug");
        assertThat(status(b, path)).isEqualTo(200);

        SystemActor.run(() -> a.getBean(ArticleTrash.class).moveToTrash(((Number) article.get("id")).longValue()));

        long took = waitUntil("still served by b", () -> status(b, path) != 200, WITHIN_MILLIS);
        System.out.printf("node b stopped serving the binned article after %d ms%n", took);
    }

    @Test
    void aPictureReplacedOnOneNodeIsServedByTheOtherAtItsNewAddressWithinASecond() throws Exception {
        MediaService media = a.getBean(MediaService.class);
        MediaView first = SystemActor.call(() -> media.upload("quay.png", TestPictures.png(800, 600, false)));
        String before = first.largest().fallback();
        assertThat(status(b, before)).as("b knows the picture's files").isEqualTo(200);

        MediaView replaced =
                SystemActor.call(() -> media.replace(first.id(), "quay-2.jpg", TestPictures.jpeg(900, 600)));
        String after = replaced.largest().fallback();
        assertThat(after).isNotEqualTo(before);

        long took = waitUntil("b still knows only the old files", () -> status(b, after) == 200, WITHIN_MILLIS);
        System.out.printf("node b served the replaced picture after %d ms%n", took);
    }

    @Test
    void aPictureDescribedOnOneNodeShowsItsNewWordsOnTheOtherWithinASecond() throws Exception {
        MediaService onA = a.getBean(MediaService.class);
        MediaService onB = b.getBean(MediaService.class);
        MediaView picture = SystemActor.call(() -> onA.upload("jetty.png", TestPictures.png(600, 400, false)));
        long id = picture.id();
        assertThat(onB.findAll(List.of(id)).get(id).description())
                .as("kept on b")
                .isNull();

        SystemActor.call(() -> onA.describe(id, new MediaDetails("A jetty at dusk", false, null, null, 0.5f, 0.5f)));

        long took = waitUntil(
                "b still shows the old words",
                () -> "A jetty at dusk".equals(onB.findAll(List.of(id)).get(id).description()),
                WITHIN_MILLIS);
        System.out.printf("node b showed the picture's new words after %d ms%n", took);
    }

    @Test
    void whoEditsWhatOnOneNodeIsShownOnTheOthersDesks() throws Exception {
        EditingPresence onA = a.getBean(EditingPresence.class);
        EditingPresence onB = b.getBean(EditingPresence.class);

        onA.arrive("session-on-a:1", "ana", "Ana Quispe", 7L, "Water");
        long arrived =
                waitUntil("not shown yet", () -> onB.othersEditing(7, "tom").contains("Ana Quispe"), 3000);
        assertThat(onB.othersEditing(7, "ana")).as("nobody sees themselves").isEmpty();
        assertThat(onB.online()).extracting(EditingPresence.Visit::displayName).contains("Ana Quispe");

        onA.leave("session-on-a:1");
        long left = waitUntil("still shown", () -> onB.othersEditing(7, "tom").isEmpty(), 3000);
        System.out.printf("node b's desk saw ana arrive after %d ms and leave after %d ms%n", arrived, left);
    }

    @Test
    void aNodeThatStoppedReportingIsForgotten() throws Exception {
        a.getBean(JdbcTemplate.class)
                .update(
                        "insert into desk_presence (tab, node, username, display_name, article_id, article_title,"
                                + " since, seen_at) values ('gone:1', 'a-dead-node', 'rui', 'Rui Costa', 7, 'Water', ?, ?)",
                        OffsetDateTime.now().minusMinutes(5),
                        OffsetDateTime.now().minusMinutes(1));
        Thread.sleep(2500);

        assertThat(b.getBean(EditingPresence.class).othersEditing(7, "tom")).doesNotContain("Rui Costa");
    }

    @Test
    void aDraftSavedOnOneNodeRefreshesTheOthersDeskLists() throws Exception {
        DeskActivity onB = b.getBean(DeskActivity.class);
        double before = onB.articleChanges().peek();
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long sectionId = jdbc.queryForObject("select min(id) from section", Long.class);

        SystemActor.run(() -> a.getBean(ArticleEditor.class)
                .create(Drafts.titled("A draft on node a " + UUID.randomUUID(), sectionId), Workflow.SAVE, null));

        long took = waitUntil("not heard yet", () -> onB.articleChanges().peek() > before, WITHIN_MILLIS);
        System.out.printf("node b's desk lists heard of node a's new draft after %d ms%n", took);
    }

    /** A condition checked over HTTP or in memory; it may throw. */
    private interface Shown {
        boolean now() throws Exception;
    }

    /** Milliseconds until {@code shown} holds; fails with {@code notYet} if it takes {@code withinMillis}. */
    private static long waitUntil(String notYet, Shown shown, long withinMillis) throws Exception {
        long started = System.nanoTime();
        while (!shown.now()) {
            assertThat((System.nanoTime() - started) / 1_000_000).as(notYet).isLessThan(withinMillis);
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static ConfigurableApplicationContext start(String database, String dataDir) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.main.banner-mode=off",
                "--spring.datasource.url=" + database,
                "--broadsheet.data-dir=" + dataDir,
                "--broadsheet.demo-pictures=false",
                "--broadsheet.site-url=https://news.example.org"));
        return new SpringApplicationBuilder(Application.class).run(args.toArray(String[]::new));
    }

    private static String get(ConfigurableApplicationContext node, String path) throws Exception {
        return send(node, path).body();
    }

    private static int status(ConfigurableApplicationContext node, String path) throws Exception {
        return send(node, path).statusCode();
    }

    private static HttpResponse<String> send(ConfigurableApplicationContext node, String path) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }
}
