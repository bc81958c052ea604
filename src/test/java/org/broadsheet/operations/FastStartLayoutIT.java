package org.broadsheet.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.broadsheet.testsupport.HeadlessChromium;
import org.broadsheet.testsupport.PackagedJar;
import org.broadsheet.testsupport.RawHttp;
import org.broadsheet.testsupport.S3Server;
import org.broadsheet.testsupport.ServerProcess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The packaged jar laid out by {@code scripts/prepare-fast-start.sh} and started as it prints:
 * from the bean definitions worked out at build time and the JDK's ahead-of-time cache. The
 * settings a deployment gives at start still choose what they choose there: the media store, the
 * node's name in its sessions, a one-off command.
 */
class FastStartLayoutIT {

    private static final String PASSWORD = "fast-start-test-passphrase";

    private static Path layout;
    private static List<String> command;

    @BeforeAll
    static void layOutThePackagedJar() throws Exception {
        layout = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "fast-start-");
        ProcessBuilder prepare = new ProcessBuilder(
                        "bash",
                        "scripts/prepare-fast-start.sh",
                        PackagedJar.path().toString(),
                        layout.toString())
                .redirectErrorStream(true)
                .redirectOutput(layout.resolve("prepare.log").toFile());
        // the cache is only good for the Java that wrote it: the one running these tests
        prepare.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = prepare.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES))
                .as("the layout is prepared")
                .isTrue();
        List<String> output = Files.readAllLines(layout.resolve("prepare.log"));
        assertThat(process.exitValue()).as(String.join("\n", output)).isZero();
        String printed = output.getLast();
        assertThat(printed).as("the command to start it").contains("-Dspring.aot.enabled=true", "-XX:AOTCache=");
        // the printed command starts with `java`: the tests' own Java runs it
        command = List.of(printed.substring(printed.indexOf(' ') + 1).split(" "));
    }

    @Test
    void theSettingsGivenAtStartChooseTheStoreTheSessionsNameAndTheCommand() throws Exception {
        String bucket = "fast-start-" + UUID.randomUUID();
        URI s3 = S3Server.endpoint();
        S3Server.createBucket(s3, bucket);
        Path data = layout.resolve("data");
        List<String> settings = List.of(
                "--broadsheet.data-dir=" + data,
                "--broadsheet.admin-password=" + PASSWORD,
                "--broadsheet.media.store=s3",
                "--broadsheet.media.s3.endpoint=" + s3,
                "--broadsheet.media.s3.bucket=" + bucket,
                "--broadsheet.media.s3.path-style=true",
                "--broadsheet.media.s3.access-key=test",
                "--broadsheet.media.s3.secret-key=test");

        int port = ServerProcess.freePort();
        int management = ServerProcess.freePort();
        List<String> site = new ArrayList<>(command);
        site.addAll(settings);
        site.addAll(List.of(
                "--server.port=" + port, "--management.server.port=" + management, "--broadsheet.node-name=fast-a"));
        // ready once the demo newsroom, pictures included, is written
        ServerProcess server = ServerProcess.start(
                "broadsheet-fast-start",
                dir -> site,
                URI.create("http://127.0.0.1:" + management + "/actuator/health/readiness"),
                Duration.ofSeconds(180));
        try {
            assertThat(Files.readString(server.workDir().resolve("output.log")))
                    .as("started from the build-time bean definitions")
                    .contains("Starting AOT-processed");
            assertThat(RawHttp.get(port, "/").status()).isEqualTo(200);
            assertThat(objectsIn(s3, bucket))
                    .as("the demo's pictures went to the bucket")
                    .contains("<Key>media/");
            RawHttp.Response loggedIn = RawHttp.send(
                    port,
                    "POST",
                    "/desk/login",
                    List.of("Content-Type: application/x-www-form-urlencoded"),
                    "username=admin&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8));
            assertThat(loggedIn.header("Set-Cookie")).matches("JSESSIONID=[0-9A-F]+\\.fast-a;.*");
            anEditorWorksAtTheDesk(port);
        } finally {
            server.stop();
        }

        Path exports = layout.resolve("exports");
        List<String> export =
                new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        export.addAll(command);
        export.addAll(settings);
        export.addAll(List.of("--server.port=0", "--management.server.port=-1", "--broadsheet.export.into=" + exports));
        Process exporting = new ProcessBuilder(export)
                .redirectErrorStream(true)
                .redirectOutput(layout.resolve("export.log").toFile())
                .start();
        assertThat(exporting.waitFor(3, TimeUnit.MINUTES))
                .as("the export command ends")
                .isTrue();
        assertThat(exporting.exitValue())
                .as(Files.readString(layout.resolve("export.log")))
                .isZero();
        try (Stream<Path> written = Files.list(exports)) {
            assertThat(written.map(file -> file.getFileName().toString()))
                    .singleElement()
                    .asString()
                    .endsWith(".zip");
        }
    }

    /** The desk's views are Vaadin routes made from the same build-time definitions: click through some. */
    private static void anEditorWorksAtTheDesk(int port) {
        WebDriver browser = HeadlessChromium.start(1280, 900);
        try {
            WebDriverWait wait = HeadlessChromium.waitFor(browser);
            HeadlessChromium.logInToDesk(browser, wait, "http://localhost:" + port, "admin", PASSWORD);
            browser.get("http://localhost:" + port + "/desk/articles");
            wait.until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .anyMatch(cell -> cell.getText().contains("The cable car that rewired a city")));
            HeadlessChromium.screenshot(browser, "fast-start-desk-articles");
            browser.get("http://localhost:" + port + "/desk/media");
            // a thumbnail drawn: its bytes came from the bucket
            wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("return [...document.querySelectorAll('img.media-thumbnail')]"
                            + ".some(img => img.complete && img.naturalWidth > 0)")));
            HeadlessChromium.screenshot(browser, "fast-start-desk-media");
        } finally {
            browser.quit();
        }
    }

    private static String objectsIn(URI s3, String bucket) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(
                            HttpRequest.newBuilder(s3.resolve("/" + bucket + "?prefix=media/"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        }
    }
}
