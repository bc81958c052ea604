package org.broadsheet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaStore;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.search.service.SearchQuery;
import org.broadsheet.search.service.SearchService;
import org.broadsheet.testsupport.OpenSearchNode;
import org.broadsheet.testsupport.S3Server;
import org.broadsheet.testsupport.TestPictures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes that share only what a real deployment shares: the database, an OpenSearch index and
 * an S3 bucket (each has its own data directory, as on two machines). What one node writes, the
 * other finds and serves.
 */
class NodesSharingSearchAndMediaIT {

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static Path dataOfA;

    @BeforeAll
    static void startTwoNodes() {
        String database = "jdbc:h2:mem:shared-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        String indexPrefix = "shared-" + UUID.randomUUID() + "-";
        String bucket = "shared-" + UUID.randomUUID();
        S3Server.createBucket(S3Server.endpoint(), bucket);
        String secretsKey = Base64.getEncoder().encodeToString(new byte[32]);
        dataOfA = Path.of("target/test-data/shared-a-" + UUID.randomUUID());
        // the node started last installs its security context holder for the JVM: changes are made on a
        b = start(database, indexPrefix, bucket, secretsKey, Path.of("target/test-data/shared-b-" + UUID.randomUUID()));
        a = start(database, indexPrefix, bucket, secretsKey, dataOfA);
    }

    @AfterAll
    static void stop() {
        for (var node : new ConfigurableApplicationContext[] {a, b}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @Test
    void anArticlePublishedOnOneNodeIsFoundByReadersOfTheOther() throws Exception {
        String word = "quokkaferry" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "x");
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long template = jdbc.queryForObject(
                "select min(id) from article where status = 'PUBLISHED' and deleted_at is null", Long.class);
        ArticleEditor editor = a.getBean(ArticleEditor.class);
        SearchService searchOnB = b.getBean(SearchService.class);
        assertThat(found(searchOnB, word)).isEmpty();

        long started = System.nanoTime();
        SystemActor.run(() -> {
            ArticleDraft draft = editor.open(template).draft();
            editor.create(
                    draft.withText("The " + word + " crossing", word, draft.standfirst(), draft.body()),
                    Workflow.PUBLISH,
                    null);
        });

        // a reader asking b over and over: a page of no results must not be kept once the article is in
        while (!new String(get(b, "/search?q=" + word).body(), StandardCharsets.UTF_8)
                .contains("The " + word + " crossing")) {
            assertThat(millisSince(started)).as("not found on b yet").isLessThan(10_000);
            Thread.sleep(50);
        }
        System.out.printf("node b's readers found node a's new article after %d ms%n", millisSince(started));
        assertThat(found(searchOnB, word)).containsExactly("The " + word + " crossing");
    }

    @Test
    void aPictureUploadedOnOneNodeIsServedByTheOtherFromTheBucket() throws Exception {
        MediaService media = a.getBean(MediaService.class);
        MediaView picture = SystemActor.call(() -> media.upload("quay.png", TestPictures.png(800, 600, false)));
        String address = picture.largest().webp();

        HttpResponse<byte[]> fromA = get(a, address);
        HttpResponse<byte[]> fromB = get(b, address);
        assertThat(fromB.statusCode()).isEqualTo(200);
        assertThat(fromB.body()).isEqualTo(fromA.body());
        assertThat(dataOfA.resolve("media")).as("nothing on node a's disk").doesNotExist();

        MediaView replaced =
                SystemActor.call(() -> media.replace(picture.id(), "quay-2.jpg", TestPictures.jpeg(900, 600)));
        long started = System.nanoTime();
        while (get(b, replaced.largest().webp()).statusCode() != 200
                || get(b, address).statusCode() != 404) {
            assertThat(millisSince(started)).as("b still serves the old files").isLessThan(1000);
            Thread.sleep(20);
        }
        List<String> objects = b.getBean(MediaStore.class).names(picture.id());
        assertThat(objects).as("the old variants left the bucket").noneMatch(name -> address.endsWith("/" + name));
        assertThat(objects).anyMatch(name -> replaced.largest().webp().endsWith("/" + name));

        SystemActor.run(() -> media.delete(picture.id()));
        assertThat(b.getBean(MediaStore.class).names(picture.id())).isEmpty();
        assertThat(Files.exists(dataOfA.resolve("media"))).isFalse();
    }

    private static List<String> found(SearchService search, String word) {
        return search.searchPublished(SearchQuery.of(word, ZoneOffset.UTC, 1, 10)).hits().getContent().stream()
                .map(hit -> hit.article().title())
                .toList();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static ConfigurableApplicationContext start(
            String database, String indexPrefix, String bucket, String secretsKey, Path dataDir) {
        return new SpringApplicationBuilder(Application.class)
                .run(
                        "--server.port=0",
                        "--management.server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + database,
                        "--broadsheet.data-dir=" + dataDir,
                        "--broadsheet.secrets-key=" + secretsKey,
                        "--broadsheet.demo-pictures=false",
                        "--broadsheet.site-url=https://news.example.org",
                        "--" + OpenSearchNode.BACKEND,
                        "--spring.jpa.properties.hibernate.search.backend.hosts=" + OpenSearchNode.address(),
                        "--broadsheet.search.index-prefix=" + indexPrefix,
                        "--broadsheet.media.store=s3",
                        "--broadsheet.media.s3.endpoint=" + S3Server.endpoint(),
                        "--broadsheet.media.s3.bucket=" + bucket,
                        "--broadsheet.media.s3.path-style=true",
                        "--broadsheet.media.s3.access-key=test",
                        "--broadsheet.media.s3.secret-key=test");
    }

    private static HttpResponse<byte[]> get(ConfigurableApplicationContext node, String path) throws Exception {
        int port = ((WebServerApplicationContext) node).getWebServer().getPort();
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        }
    }
}
