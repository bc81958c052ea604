package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.broadsheet.Application;
import org.broadsheet.base.SystemActor;
import org.broadsheet.content.service.ArticleDraft;
import org.broadsheet.content.service.ArticleEditor;
import org.broadsheet.content.service.EditableArticle;
import org.broadsheet.content.service.Workflow;
import org.broadsheet.media.service.MediaService;
import org.broadsheet.media.service.MediaView;
import org.broadsheet.testsupport.OpenSearchNode;
import org.broadsheet.testsupport.S3Server;
import org.broadsheet.testsupport.TestPictures;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two Broadsheet nodes on one PostgreSQL behind nginx, on loopback. Node A runs in this process
 * (changes are made through its services), node B is the jar in a process of its own, nginx
 * balances readers over both and keeps a desk session on one node. Prints: how long a change made
 * on A takes to show on B and through nginx; that scheduled articles are published once each
 * while both nodes' schedulers run; and how many reader requests fail when B is killed mid-traffic.
 * Run by {@code bench/two-nodes.sh}.
 *
 * <p>Arguments: the jar, a work directory.
 */
public final class TwoNodesBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private TwoNodesBench() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path work = Path.of(args.length > 1 ? args[1] : "bench/out/two-nodes");
        Files.createDirectories(work);
        int portB = freePort();
        int portNginx = freePort();
        // what the nodes share besides the database: one OpenSearch index, one S3 bucket
        Shared shared = new Shared(
                OpenSearchNode.address(),
                "two-nodes-" + System.nanoTime() + "-",
                S3Server.endpoint(),
                "two-nodes-" + System.nanoTime());
        S3Server.createBucket(shared.s3(), shared.bucket());
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String url = postgres.getJdbcUrl("postgres", "postgres");
            ConfigurableApplicationContext a =
                    SpringApplication.run(Application.class, node(url, work, "a", 0, true, shared));
            Process b = null;
            Process nginx = null;
            try {
                int portA = ((WebServerApplicationContext) a).getWebServer().getPort();
                List<String> command = new ArrayList<>(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx512m",
                        "-jar",
                        jar.toString()));
                command.addAll(List.of(node(url, work, "b", portB, false, shared)));
                b = new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(work.resolve("node-b.log").toFile())
                        .start();
                waitUntilServing(portB, Duration.ofSeconds(120));
                nginx = nginx(work, portNginx, portA, portB);
                System.out.printf(
                        "node a :%d (this process), node b :%d (its own process), nginx :%d, OpenSearch %s, S3 %s%n",
                        portA, portB, portNginx, shared.search(), shared.s3());

                propagation(a, portB, portNginx);
                searchAcross(a, portB);
                deskStaysOnItsNode(portNginx);
                picturesAcross(a, portB);
                scheduledOnce(a);
                killMidTraffic(a, b, portNginx);
            } finally {
                if (nginx != null) {
                    new ProcessBuilder(
                                    "nginx",
                                    "-c",
                                    work.resolve("nginx/nginx.conf")
                                            .toAbsolutePath()
                                            .toString(),
                                    "-p",
                                    work.resolve("nginx").toAbsolutePath().toString(),
                                    "-s",
                                    "stop")
                            .start()
                            .waitFor();
                }
                if (b != null) {
                    b.destroyForcibly();
                }
                a.close();
            }
        }
    }

    /** A change on A: how long until B serves it, and nginx (which asks either node). */
    private static void propagation(ConfigurableApplicationContext a, int portB, int portNginx) throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        Map<String, Object> row = jdbc.queryForMap("select a.id, s.path, a.slug from article a join section s"
                + " on s.id = a.section_id where a.status = 'PUBLISHED' and a.deleted_at is null"
                + " order by a.published_at desc fetch first 1 rows only");
        long id = ((Number) row.get("id")).longValue();
        String path = "/" + row.get("path") + "/" + row.get("slug");
        ArticleEditor editor = a.getBean(ArticleEditor.class);
        List<Long> onB = new ArrayList<>();
        List<Long> viaNginx = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            for (int i = 0; i < 5; i++) {
                get(portB, path);
                get(portNginx, path);
            }
            String title = "Two nodes check " + round + " " + System.nanoTime();
            SystemActor.run(() -> {
                EditableArticle open = editor.open(id);
                ArticleDraft draft = open.draft();
                editor.save(
                        id,
                        open.version(),
                        draft.withText(title, draft.slug(), draft.standfirst(), draft.body()),
                        Workflow.SAVE,
                        null);
            });
            long saved = System.nanoTime();
            long b = -1;
            long n = -1;
            // nginx asks the nodes in turn: it shows the change once two answers in a row have it
            int nginxInRow = 0;
            while ((b < 0 || n < 0) && System.nanoTime() - saved < 10_000_000_000L) {
                if (b < 0 && get(portB, path).body().contains(title)) {
                    b = (System.nanoTime() - saved) / 1_000_000;
                }
                if (n < 0) {
                    nginxInRow = get(portNginx, path).body().contains(title) ? nginxInRow + 1 : 0;
                    if (nginxInRow == 2) {
                        n = (System.nanoTime() - saved) / 1_000_000;
                    }
                }
                Thread.sleep(5);
            }
            onB.add(b);
            viaNginx.add(n);
        }
        System.out.printf(
                "change on node a, shown by node b after (ms): %s; through nginx (both nodes): %s%n", onB, viaNginx);
    }

    /** Twenty articles due in four seconds, both nodes' schedulers running every second: each published once. */
    private static void scheduledOnce(ConfigurableApplicationContext a) throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        ArticleEditor editor = a.getBean(ArticleEditor.class);
        long template = jdbc.queryForObject(
                "select min(id) from article where status = 'PUBLISHED' and deleted_at is null", Long.class);
        Instant due = Instant.now().plusSeconds(4);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String slug = "due-on-two-nodes-" + i + "-" + System.nanoTime();
            ids.add(SystemActor.call(() -> {
                ArticleDraft draft = editor.open(template).draft();
                return editor.create(
                                draft.withText("Due on two nodes", slug, draft.standfirst(), draft.body()),
                                Workflow.SCHEDULE,
                                due)
                        .id();
            }));
        }
        String in =
                ids.stream().map(String::valueOf).reduce((x, y) -> x + "," + y).orElseThrow();
        long deadline = System.nanoTime() + 30_000_000_000L;
        long published = 0;
        while (System.nanoTime() < deadline) {
            published = jdbc.queryForObject(
                    "select count(*) from article where status = 'PUBLISHED' and id in (" + in + ")", Long.class);
            if (published == ids.size()) {
                break;
            }
            Thread.sleep(200);
        }
        Thread.sleep(3000); // a second publication would come from the next round of either scheduler
        List<Long> perArticle = jdbc.queryForList(
                "select count(*) from audit_event where action = 'article.publish' and target in ("
                        + ids.stream()
                                .map(id -> "'article:" + id + "'")
                                .reduce((x, y) -> x + "," + y)
                                .orElseThrow()
                        + ") group by target",
                Long.class);
        System.out.printf(
                "scheduled %d articles due at once, both schedulers running: %d published; publications per article"
                        + " min %d max %d%n",
                ids.size(),
                published,
                perArticle.stream().mapToLong(Long::longValue).min().orElse(0),
                perArticle.stream().mapToLong(Long::longValue).max().orElse(0));
    }

    /** Readers through nginx for twelve seconds; node b killed (SIGKILL) after four. */
    private static void killMidTraffic(ConfigurableApplicationContext a, Process b, int portNginx) throws Exception {
        List<String> paths = a.getBean(JdbcTemplate.class)
                .queryForList(
                        "select '/' || s.path || '/' || a.slug from article a join section s on s.id = a.section_id"
                                + " where a.status = 'PUBLISHED' and a.deleted_at is null order by a.id fetch first 50 rows only",
                        String.class);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong failedAfterKill = new AtomicLong();
        AtomicBoolean killed = new AtomicBoolean();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int offset = t;
            readers.add(Thread.ofPlatform().start(() -> {
                for (int i = offset; running.get(); i += 8) {
                    try {
                        int status = get(portNginx, paths.get(i % paths.size())).statusCode();
                        if (status == 200) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            if (killed.get()) {
                                failedAfterKill.incrementAndGet();
                            }
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        if (killed.get()) {
                            failedAfterKill.incrementAndGet();
                        }
                    }
                }
            }));
        }
        Thread.sleep(4000);
        b.destroyForcibly();
        killed.set(true);
        long killedAt = System.nanoTime();
        Thread.sleep(8000);
        running.set(false);
        for (Thread reader : readers) {
            reader.join();
        }
        System.out.printf(
                "readers through nginx for 12 s, node b killed at 4 s: %d answered, %d failed (%d of them after the kill), %.0f req/s; node a carried on for %.1f s%n",
                ok.get(),
                failed.get(),
                failedAfterKill.get(),
                (ok.get() + failed.get()) / 12.0,
                (System.nanoTime() - killedAt) / 1e9);
    }

    /**
     * Logins through nginx, then five desk requests each: how many sessions stay with the node that
     * holds them, routed by the node's name in the cookie, and (for comparison) by a hash of it.
     */
    private static void deskStaysOnItsNode(int portNginx) throws Exception {
        int routed = sessionsKept(portNginx);
        int hashed = sessionsKept(portNginx + 1);
        System.out.printf(
                "desk sessions that stayed logged in over 5 requests through nginx: routed by node name %d of 20;"
                        + " by a hash of the cookie %d of 20%n",
                routed, hashed);
    }

    private static int sessionsKept(int port) throws Exception {
        int kept = 0;
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> login = HTTP.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/desk/login"))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "username=admin&password=bench-passphrase-for-broadsheet"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String session = login.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith("JSESSIONID="))
                    .map(c -> c.split(";", 2)[0])
                    .findFirst()
                    .orElse("");
            boolean stayed = !session.isEmpty();
            for (int request = 0; request < 5 && stayed; request++) {
                stayed = HTTP.send(
                                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/desk/"))
                                                .header("Cookie", session)
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200;
            }
            kept += stayed ? 1 : 0;
        }
        return kept;
    }

    /** A new article published on A: how long until B's readers find it by a word only it has. */
    private static void searchAcross(ConfigurableApplicationContext a, int portB) throws Exception {
        JdbcTemplate jdbc = a.getBean(JdbcTemplate.class);
        long template = jdbc.queryForObject(
                "select min(id) from article where status = 'PUBLISHED' and deleted_at is null", Long.class);
        ArticleEditor editor = a.getBean(ArticleEditor.class);
        List<Long> found = new ArrayList<>();
        for (int round = 1; round <= 5; round++) {
            String word = "zyxquokka" + "abcdefghij".charAt(round)
                    + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
            SystemActor.run(() -> {
                ArticleDraft draft = editor.open(template).draft();
                editor.create(
                        draft.withText("Search across " + word, word, draft.standfirst(), draft.body()),
                        Workflow.PUBLISH,
                        null);
            });
            long published = System.nanoTime();
            long took = -1;
            while (took < 0 && System.nanoTime() - published < 30_000_000_000L) {
                if (get(portB, "/search?q=" + word).body().contains("Search across " + word)) {
                    took = (System.nanoTime() - published) / 1_000_000;
                }
                Thread.sleep(20);
            }
            found.add(took);
        }
        System.out.printf("article published on node a, found by node b's reader search after (ms): %s%n", found);
    }

    /** A picture uploaded on A: whether B serves the same bytes from the shared bucket, and how soon. */
    private static void picturesAcross(ConfigurableApplicationContext a, int portB) throws Exception {
        MediaService media = a.getBean(MediaService.class);
        int portA = ((WebServerApplicationContext) a).getWebServer().getPort();
        List<Long> served = new ArrayList<>();
        int identical = 0;
        for (int round = 1; round <= 5; round++) {
            MediaView picture = SystemActor.call(() -> media.upload("two-nodes.jpg", TestPictures.jpeg(1600, 900)));
            long uploaded = System.nanoTime();
            String address = picture.largest().webp();
            long took = -1;
            while (took < 0 && System.nanoTime() - uploaded < 10_000_000_000L) {
                if (getBytes(portB, address).statusCode() == 200) {
                    took = (System.nanoTime() - uploaded) / 1_000_000;
                }
                Thread.sleep(5);
            }
            served.add(took);
            if (java.util.Arrays.equals(
                    getBytes(portA, address).body(), getBytes(portB, address).body())) {
                identical++;
            }
        }
        System.out.printf(
                "picture uploaded on node a, served by node b from the bucket after (ms): %s; same bytes on both: %d of 5%n",
                served, identical);
    }

    private static HttpResponse<byte[]> getBytes(int port, String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private record Shared(String search, String indexPrefix, URI s3, String bucket) {}

    private static String[] node(String url, Path work, String name, int port, boolean demoContent, Shared shared) {
        return new String[] {
            "--broadsheet.node-name=" + name,
            "--" + OpenSearchNode.BACKEND,
            "--spring.jpa.properties.hibernate.search.backend.hosts=" + shared.search(),
            "--broadsheet.search.index-prefix=" + shared.indexPrefix(),
            "--broadsheet.media.store=s3",
            "--broadsheet.media.s3.endpoint=" + shared.s3(),
            "--broadsheet.media.s3.bucket=" + shared.bucket(),
            "--broadsheet.media.s3.path-style=true",
            "--broadsheet.media.s3.access-key=bench",
            "--broadsheet.media.s3.secret-key=bench",
            "--server.port=" + port,
            "--management.server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.datasource.password=postgres",
            "--broadsheet.data-dir=" + work.resolve("data-" + name).toAbsolutePath(),
            "--broadsheet.secrets-key=" + "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
            "--broadsheet.demo-content=" + demoContent,
            "--broadsheet.demo-pictures=false",
            "--broadsheet.admin-password=bench-passphrase-for-broadsheet",
            "--broadsheet.site-url=http://news.example.test",
            "--broadsheet.schedule-interval=PT1S"
        };
    }

    private static Process nginx(Path work, int port, int portA, int portB) throws Exception {
        Path dir = work.resolve("nginx").toAbsolutePath();
        Files.createDirectories(dir.resolve("logs"));
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 1;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                  access_log off;
                  # readers: either node; a request a node cannot answer goes to the other
                  upstream site { server 127.0.0.1:%3$d max_fails=1 fail_timeout=10s;
                                  server 127.0.0.1:%4$d max_fails=1 fail_timeout=10s; keepalive 16; }
                  # the desk: a session stays on the node that issued it, named at its end (broadsheet.node-name)
                  map $cookie_JSESSIONID $desk_node { ~\\.a$ desk_a; ~\\.b$ desk_b; default desk_any; }
                  upstream desk_a { server 127.0.0.1:%3$d; }
                  upstream desk_b { server 127.0.0.1:%4$d; }
                  upstream desk_any { server 127.0.0.1:%3$d; server 127.0.0.1:%4$d; }
                  # for comparison only: a hash of the cookie does not know which node issued it
                  upstream desk_hashed { hash $cookie_JSESSIONID consistent;
                                         server 127.0.0.1:%3$d; server 127.0.0.1:%4$d; }
                  server {
                    listen 127.0.0.1:%5$d;
                    location / { proxy_pass http://desk_hashed; proxy_set_header Host $host; }
                  }
                  server {
                    listen 127.0.0.1:%2$d;
                    location / {
                      proxy_pass http://site;
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_http_version 1.1;
                      proxy_set_header Connection "";
                      proxy_connect_timeout 1s;
                      proxy_next_upstream error timeout http_502 http_503;
                    }
                    location /desk/ {
                      proxy_pass http://$desk_node;
                      # a location that sets headers inherits none of the server's
                      proxy_set_header Host $host;
                      proxy_set_header X-Forwarded-For $remote_addr;
                      proxy_set_header X-Forwarded-Proto $scheme;
                      proxy_http_version 1.1;
                      proxy_set_header Upgrade $http_upgrade;
                      proxy_set_header Connection "upgrade";
                      proxy_read_timeout 1h;
                    }
                  }
                }
                """.formatted(dir, port, portA, portB, port + 1));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", dir.toString())
                .redirectErrorStream(true)
                .start();
        nginx.waitFor();
        waitUntilServing(port, Duration.ofSeconds(10));
        return nginx;
    }

    private static void waitUntilServing(int port, Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(port, "/").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Nothing served on port " + port);
    }

    private static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .timeout(Duration.ofSeconds(5))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
