package org.broadsheet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.broadsheet.testsupport.EmbeddedPostgresDatabase;
import org.broadsheet.testsupport.OpenSearchNode;
import org.broadsheet.testsupport.PackagedJar;
import org.broadsheet.testsupport.ServerProcess;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Indexing after a commit survives the node being killed in between: the packaged application
 * writes the demo newsroom (every article's indexing event goes to the outbox in the same
 * transactions) and is killed with SIGKILL before it indexes anything (its event processor is off,
 * which holds the gap open); the index is then empty. Started again, with no rebuild at start, it
 * indexes every article from the outbox alone.
 */
class SearchOutboxAfterKillIT {

    private static final Pattern COUNT = Pattern.compile("\"count\"\\s*:\\s*(\\d+)");

    @Test
    void eventsCommittedBeforeAKillAreIndexedAfterTheRestart() throws Exception {
        String database = "outbox_kill_" + UUID.randomUUID().toString().replace("-", "");
        String url = EmbeddedPostgresDatabase.jdbcUrl(database);
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", "postgres"));
        String prefix = "kill-" + UUID.randomUUID() + "-";
        Path dataDir = Files.createTempDirectory(Path.of("target"), "outbox-kill-");

        ServerProcess first = node(url, prefix, dataDir, false);
        long articles = jdbc.queryForObject("select count(*) from article", Long.class);
        long events = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
        assertThat(articles).as("the demo newsroom was written").isGreaterThan(20);
        assertThat(events).as("its indexing waits in the outbox").isGreaterThanOrEqualTo(articles);
        first.kill();
        assertThat(documents(prefix)).as("nothing indexed before the kill").isZero();

        long started = System.nanoTime();
        ServerProcess second = node(url, prefix, dataDir, true);
        try {
            while (documents(prefix) < articles) {
                assertThat(Duration.ofNanos(System.nanoTime() - started))
                        .as("indexed from the outbox")
                        .isLessThan(Duration.ofSeconds(60));
                Thread.sleep(200);
            }
            System.out.printf(
                    "after the restart, %d articles were indexed from the outbox in %d ms (start included)%n",
                    articles, (System.nanoTime() - started) / 1_000_000);
            assertThat(documents(prefix)).isEqualTo(articles);
            long left = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
            assertThat(left).as("outbox emptied").isZero();
        } finally {
            second.stop();
        }
    }

    private static ServerProcess node(String url, String prefix, Path dataDir, boolean indexes) {
        int management = ServerProcess.freePort();
        List<String> arguments = new ArrayList<>(List.of(
                "-Xmx512m",
                "-jar",
                PackagedJar.path().toString(),
                "--server.port=0",
                "--management.server.port=" + management,
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--broadsheet.data-dir=" + dataDir.toAbsolutePath(),
                "--broadsheet.admin-password=outbox-kill-test-passphrase",
                "--broadsheet.demo-pictures=false",
                // only the outbox may fill the index
                "--broadsheet.search.rebuild-on-start=false",
                "--" + OpenSearchNode.BACKEND,
                "--spring.jpa.properties.hibernate.search.backend.hosts=" + OpenSearchNode.address(),
                "--broadsheet.search.index-prefix=" + prefix,
                "--spring.jpa.properties.hibernate.search.coordination.event_processor.enabled=" + indexes));
        // ready once the demo newsroom is written: readiness follows the start-up runners
        return ServerProcess.start(
                "broadsheet",
                dir -> arguments,
                URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness"),
                Duration.ofSeconds(120));
    }

    private static long documents(String prefix) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(URI.create(
                                    "http://" + OpenSearchNode.address() + "/" + prefix + "article-read/_count"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 404) {
                return 0;
            }
            Matcher count = COUNT.matcher(answer.body());
            assertThat(count.find()).as(answer.body()).isTrue();
            return Long.parseLong(count.group(1));
        }
    }
}
