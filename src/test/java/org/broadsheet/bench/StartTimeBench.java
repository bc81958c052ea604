package org.broadsheet.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.broadsheet.testsupport.PackagedJar;

/**
 * Process start to the first page served (S7), for the packaged jar as it ships and laid out by
 * {@code scripts/prepare-fast-start.sh}: extracted (classes read from plain jar files, not from
 * jars inside a jar), with the JDK's ahead-of-time cache its training run writes, and with that
 * cache and the bean definitions worked out at build time (Spring AOT), as the script prints. First on
 * the demo database (H2), then on PostgreSQL holding a generated archive.
 *
 * <p>Each site is filled and left ready first (the demo written, the search index in step), then
 * stopped; only the starts after that are timed, so no start is also a first start.
 */
public final class StartTimeBench {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final int PORT = 18095;
    private static final int MANAGEMENT_PORT = 18096;
    private static final Duration PATIENCE = Duration.ofMinutes(15);

    private final Path work;
    private final Path jar;
    private final Path extracted;
    private final String java = ProcessHandle.current().info().command().orElse("java");

    private StartTimeBench(Path work, Path jar) {
        this.work = work;
        this.jar = jar;
        this.extracted = work.resolve("extracted").resolve(jar.getFileName());
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int postgresArticles = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        Path work = Path.of("bench/out/start-time").toAbsolutePath();
        BenchFiles.deleteRecursively(work);
        Files.createDirectories(work);
        StartTimeBench bench = new StartTimeBench(work, PackagedJar.path());
        Path cache = bench.prepareFastStart();

        Site demo = new Site("demo database (H2)", List.of("--broadsheet.data-dir=" + work.resolve("h2")));
        long[] first = bench.time(List.of(), bench.jar, demo.args(), true);
        System.out.printf(
                "first start, empty data directory: first page %d ms, demo written and ready %d ms%n",
                first[0], first[1]);
        bench.startsOf(demo, runs, cache);

        if (postgresArticles > 0) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                Site archive = new Site(
                        postgresArticles + " articles on PostgreSQL 17",
                        List.of(
                                "--broadsheet.data-dir=" + work.resolve("pg"),
                                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                                "--spring.datasource.username=postgres",
                                "--spring.datasource.password=postgres"));
                bench.generate(archive, postgresArticles);
                long[] filled = bench.time(List.of(), bench.jar, archive.args(), true);
                System.out.printf(
                        "first start on the generated archive: first page %d ms, search index rebuilt and ready %d ms%n",
                        filled[0], filled[1]);
                bench.startsOf(archive, runs, cache);
            }
        }
    }

    private record Site(String name, List<String> args) {}

    /** One way of starting the jar: JVM options and which jar. */
    private record Layout(String name, List<String> jvm, Path jar) {}

    /** Each layout started {@code runs} times, taking turns, so a drift of the machine hits all alike. */
    private void startsOf(Site site, int runs, Path cache) throws Exception {
        Layout asShipped = new Layout("java -jar", List.of(), jar);
        Layout cacheAlone = new Layout("extracted with the AOT cache", List.of("-XX:AOTCache=" + cache), extracted);
        Layout asPrinted = new Layout(
                "as prepare-fast-start.sh prints (the cache and build-time bean definitions)",
                List.of("-XX:AOTCache=" + cache, "-Dspring.aot.enabled=true"),
                extracted);
        List<Layout> layouts = List.of(asShipped, new Layout("extracted", List.of(), extracted), cacheAlone, asPrinted);
        Map<Layout, List<Long>> times = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            for (Layout layout : layouts) {
                long firstPage = time(layout.jvm(), layout.jar(), site.args(), false)[0];
                times.computeIfAbsent(layout, l -> new ArrayList<>()).add(firstPage);
            }
        }
        long bestAsShipped = best(times.get(asShipped));
        times.forEach((layout, ms) -> System.out.printf(
                "%s, %s: %s ms; best / best java -jar: %.2f%n",
                site.name(), layout.name(), ms, (double) best(ms) / bestAsShipped));
        System.out.printf(
                "%s, best as prepare-fast-start.sh prints / best with the cache alone: %.2f%n",
                site.name(), (double) best(times.get(asPrinted)) / best(times.get(cacheAlone)));
    }

    private static long best(List<Long> times) {
        return times.stream().mapToLong(Long::longValue).min().orElseThrow();
    }

    /**
     * Starts the jar and returns the milliseconds to the first 200 on the home page and, when asked
     * to wait for it, to the site being ready with nothing left to do in the background; then stops
     * it as a service manager would, and waits for it to exit.
     */
    private long[] time(List<String> jvm, Path jarToRun, List<String> siteArgs, boolean untilSettled) throws Exception {
        Path log = work.resolve("last.log");
        List<String> command = command(jvm, jarToRun, siteArgs);
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long firstPage = until(process, () -> status("http://127.0.0.1:" + PORT + "/") == 200, started);
            long settled = untilSettled ? until(process, () -> settled(log), started) : firstPage;
            return new long[] {firstPage, settled};
        } finally {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    private boolean settled(Path log) throws IOException, InterruptedException {
        if (status("http://127.0.0.1:" + MANAGEMENT_PORT + "/actuator/health/readiness") != 200) {
            return false;
        }
        String written = Files.readString(log);
        return !written.contains("rebuilding it in the background") || written.contains("Search index rebuilt");
    }

    private interface Check {
        boolean passes() throws Exception;
    }

    private static long until(Process process, Check check, long started) throws Exception {
        long deadline = started + PATIENCE.toNanos();
        while (!check.passes()) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped; see bench/out/start-time/last.log");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Not there after " + PATIENCE);
            }
            Thread.sleep(20);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static int status(String url) throws InterruptedException {
        try {
            return HTTP.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .timeout(Duration.ofSeconds(10))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException notListeningYet) {
            return 0;
        }
    }

    private List<String> command(List<String> jvm, Path jarToRun, List<String> siteArgs) {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g"));
        command.addAll(jvm);
        command.addAll(List.of(
                "-jar",
                jarToRun.toString(),
                "--server.port=" + PORT,
                "--management.server.port=" + MANAGEMENT_PORT,
                "--broadsheet.admin-password=start-time-bench-passphrase",
                "--logging.level.root=WARN",
                "--logging.level.org.broadsheet.search=INFO"));
        command.addAll(siteArgs);
        return command;
    }

    /** The script extracts the jar and writes the cache; its last line is the command to start. */
    private Path prepareFastStart() throws Exception {
        List<String> command = List.of(
                "scripts/prepare-fast-start.sh",
                jar.toString(),
                extracted.getParent().toString());
        if (run(command, line -> line.startsWith("java ") || line.contains("No ahead-of-time")) != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", command));
        }
        Path cache = extracted.resolveSibling("broadsheet.aot");
        if (!Files.exists(cache)) {
            throw new IllegalStateException("No AOT cache was written; this needs JDK 25 or later");
        }
        System.out.printf("AOT cache written by the training run: %d MB%n", Files.size(cache) >> 20);
        return cache;
    }

    private void generate(Site site, int articles) throws Exception {
        List<String> args = new ArrayList<>(site.args());
        args.add("--broadsheet.generate.articles=" + articles);
        if (run(command(List.of(), jar, args), line -> line.startsWith("generated")) != 0) {
            throw new IllegalStateException("Generating the articles failed");
        }
    }

    /** Runs a command to its end, showing the lines worth seeing; returns its exit code. */
    private static int run(List<String> command, Predicate<String> shown) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (Stream<String> lines = process.inputReader().lines()) {
            lines.filter(shown).forEach(line -> System.out.println("  " + line));
        }
        return process.waitFor();
    }
}
