package org.broadsheet.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A server run beside Broadsheet in a process of its own (OpenSearch, the S3 API server), from
 * the jars the build put in {@code target/servers}; on the Java running the tests. It is stopped
 * when the test JVM exits; its output goes to a log file next to its data.
 */
public final class ServerProcess {

    /** Where {@code support/test-servers} puts the servers' jars (before the integration tests). */
    public static final Path SERVERS = Path.of("target/servers").toAbsolutePath();

    private final Process process;
    private final Path log;

    private ServerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java arguments...} (given the server's own directory) and waits until {@code
     * ready} answers 2xx.
     */
    public static ServerProcess start(
            String name, Function<Path, List<String>> arguments, URI ready, Duration patience) {
        if (!Files.isDirectory(SERVERS)) {
            throw new IllegalStateException(SERVERS + " is missing: `./mvnw verify` builds it from"
                    + " support/test-servers before the integration tests");
        }
        try {
            Path workDir = Files.createDirectories(Path.of("target/server-runs").toAbsolutePath())
                    .resolve(name + "-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            Files.createDirectories(workDir);
            Path log = workDir.resolve("output.log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(arguments.apply(workDir));
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ServerProcess server = new ServerProcess(process, log);
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
            server.awaitReady(ready, patience);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory the server runs in (its data, its log). */
    public Path workDir() {
        return log.getParent();
    }

    /** SIGKILL: the process gets no chance to finish anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(URI ready, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        try (HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Server stopped at start; its output: " + log);
                }
                try {
                    HttpResponse<Void> answer = http.send(
                            HttpRequest.newBuilder(ready)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    if (answer.statusCode() / 100 == 2) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stop();
        throw new IllegalStateException("Server not ready after " + patience + "; its output: " + log);
    }
}
