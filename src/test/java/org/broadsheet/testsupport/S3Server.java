package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.test.context.DynamicPropertyRegistry;

/** One real S3 API server per test JVM (Adobe's S3Mock), started on first use, with one bucket per caller. */
public final class S3Server {

    private static URI endpoint;

    private S3Server() {}

    /** Points a context's media at the server's bucket {@code bucket}, made if it is new. */
    public static void register(DynamicPropertyRegistry registry, String bucket) {
        URI at = endpoint();
        createBucket(at, bucket);
        registry.add("broadsheet.media.store", () -> "s3");
        registry.add("broadsheet.media.s3.endpoint", at::toString);
        registry.add("broadsheet.media.s3.bucket", () -> bucket);
        registry.add("broadsheet.media.s3.path-style", () -> "true");
        registry.add("broadsheet.media.s3.access-key", () -> "test");
        registry.add("broadsheet.media.s3.secret-key", () -> "test");
    }

    /** Makes a bucket on the server, unless it is there. */
    public static void createBucket(URI at, String bucket) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            int status = http.send(
                            HttpRequest.newBuilder(at.resolve("/" + bucket))
                                    .PUT(HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
            if (status != 200 && status != 409) {
                throw new IllegalStateException("S3 server refused bucket " + bucket + ": " + status);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static synchronized URI endpoint() {
        if (endpoint == null) {
            int port = ServerProcess.freePort();
            ServerProcess.start(
                    "s3mock",
                    dir -> List.of(
                            "-Xmx256m",
                            "-jar",
                            ServerProcess.SERVERS.resolve("s3mock.jar").toString(),
                            "--server.port=0",
                            "--com.adobe.testing.s3mock.httpPort=" + port,
                            "--com.adobe.testing.s3mock.store.root=" + dir.resolve("data"),
                            "--spring.main.banner-mode=off"),
                    URI.create("http://127.0.0.1:" + port + "/"),
                    Duration.ofSeconds(60));
            endpoint = URI.create("http://127.0.0.1:" + port);
        }
        return endpoint;
    }
}
